using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Drbd;

/// <summary>
/// The DRBD fix key's dialog: the advised operation of one disk, confirmed like any other. There is
/// nothing to choose; the advice already chose, and the dialog shows exactly what it will run.
/// </summary>
internal sealed class DrbdActions(DrbdView view) : IKindActions
{
    public IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        KeyBinding.Create("x", ConsoleCommands.DrbdFix, "apply the suggested fix (asks first)", KeyGroups.Operations, dangerous: true, footer: true, hint: "fix"),
    ];

    /// <summary>In the list and in a disk's detail, where the advice is read.</summary>
    public IReadOnlyList<KeyBinding> DetailBindings => Bindings;

    /// <summary>
    /// x on a DRBD disk: its advised fix in the usual dialog. One disk at a time, because marked
    /// disks can need different fixes and a resync-rate change is cluster-wide anyway.
    /// </summary>
    public ActionResult? Act(string command, ActionContext context)
    {
        if (command != ConsoleCommands.DrbdFix)
        {
            return null;
        }

        return context.Targets switch
        {
            [] => ActionTargets.Refuse("no DRBD disk selected (the list is still empty)"),
            [var key] => view.FindDisk(key) is { } disk ? Fix(disk) : ActionTargets.Refuse("that disk is not in the latest DRBD data any more"),
            _ => ActionTargets.Refuse("the suggested fix is per disk: unmark the rows (Esc) and select one"),
        };
    }

    public static ActionResult Fix(DrbdDiskView disk)
    {
        var name = $"{disk.Instance} disk/{disk.DiskIndex}";
        if (DrbdFixOperation.For(disk) is not { } fix)
        {
            return ActionTargets.Refuse($"{name}: {disk.Advice.Summary}: no fix to apply");
        }

        return new ActionResult.Confirm(new OperationRequest(
            $"Fix {name}: {disk.Advice.Summary}",
            Label(fix),
            [],
            (_, reason) => [DrbdFixOperation.For(disk, reason)!])
        {
            TargetText = op => op is ClusterSetDrbdResyncRate ? "the whole cluster: every DRBD resync, running and future" : null,
        });
    }

    private static string Label(GanetiOperation op) => op switch
    {
        InstanceActivateDisks => "Activate disks",
        InstanceReplaceDisks => "Replace disks",
        ClusterSetDrbdResyncRate => "Set resync rate",
        _ => "Apply",
    };
}

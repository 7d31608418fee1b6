using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Dialogs;

namespace GntTui.Views.Screens.Drbd;

/// <summary>
/// The DRBD fix key's dialog: the advised operation of one disk, confirmed like any other. There is
/// nothing to choose; the advice already chose, and the dialog shows exactly what it will run.
/// </summary>
internal static class DrbdActions
{
    public static ActionResult Fix(DrbdDiskView disk)
    {
        var name = $"{disk.Instance} disk/{disk.DiskIndex}";
        if (DrbdFixOperation.For(disk) is not { } fix)
        {
            return ActionTargets.Refuse($"{name}: {disk.Advice.Summary}: no fix to apply");
        }

        return new ActionResult(new OperationRequest(
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

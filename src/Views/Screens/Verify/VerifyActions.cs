using GntTui.Engine.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Verify;

/// <summary>
/// Enter on a finding shows it whole (Ganeti's messages are long and a row cuts them); o goes to its
/// node or instance; i demotes its code and verifies again.
/// </summary>
internal sealed class VerifyActions(VerifyView view, VerifySession session) : IKindActions
{
    public IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        KeyBinding.Create("o", ConsoleCommands.VerifyGoTo, "go to the node or instance", KeyGroups.Rows, footer: true),
        KeyBinding.Create("i", ConsoleCommands.VerifyIgnoreCode, "demote this code (--ignore-errors) and verify again", KeyGroups.Rows),
    ];

    public ActionResult? Act(string command, ActionContext context)
    {
        var item = context.Selected is { } key ? view.Find(key) : null;
        return command switch
        {
            ConsoleCommands.VerifyGoTo when item is null => ActionResult.None,
            ConsoleCommands.VerifyGoTo when !item.CanJump => new ActionResult.Told($"this finding is about the {item.ObjectKind.ToString().ToLowerInvariant()} {item.ObjectName}: no row to go to"),
            ConsoleCommands.VerifyGoTo => new ActionResult.Jump(item.ObjectKind == VerifyObjectKind.Node ? ViewKind.Nodes : ViewKind.Instances, item.ObjectName),
            ConsoleCommands.VerifyIgnoreCode => Ignore(item),
            _ => null,
        };
    }

    /// <summary>The finding's code is demoted (--ignore-errors) from now on, and verify runs again.</summary>
    private ActionResult Ignore(VerifyItem? item)
    {
        if (item is not { Code.Length: > 0 })
        {
            return ActionResult.None;
        }

        if (item.Severity != VerifySeverity.Error || session.IsIgnored(item.Code))
        {
            return new ActionResult.Told($"{item.Code} is not an error here: nothing to demote");
        }

        session.Ignore(item.Code);
        return new ActionResult.Then(ConsoleCommands.Verify, $"{item.Code} demoted to a warning (--ignore-errors={item.Code}) for this session");
    }
}

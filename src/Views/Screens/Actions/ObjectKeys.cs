using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Actions;

/// <summary>
/// Keys on one node or instance that change nothing: copy its name, open an instance's console.
/// Not dangerous, so read-only mode keeps them: <c>gnt-instance console</c> submits no job and
/// changes no configuration (Ganeti answers it from a query).
/// </summary>
internal static class ObjectKeys
{
    public static KeyBinding Copy { get; } =
        KeyBinding.Create("y", ConsoleCommands.CopyName, "copy the name to the clipboard (OSC 52)", KeyGroups.Rows);

    public static KeyBinding Console { get; } =
        KeyBinding.Create("c", ConsoleCommands.InstanceConsole, "console (gnt-instance console, in this terminal)", KeyGroups.Rows);

    /// <summary>What these keys mean on the selected row; null for any other command.</summary>
    public static ActionResult? Act(string command, ActionContext context) => (command, context.Selected) switch
    {
        (ConsoleCommands.CopyName, { } name) => new ActionResult.Send(new ConsoleIntent.CopyText(name), $"copied {name} (OSC 52: the terminal must allow clipboard writes)"),
        (ConsoleCommands.InstanceConsole, { } name) => new ActionResult.Send(new ConsoleIntent.OpenConsole(name), $"asking Ganeti for the console of {name}…"),
        (ConsoleCommands.CopyName or ConsoleCommands.InstanceConsole, null) => ActionResult.None,
        _ => null,
    };
}

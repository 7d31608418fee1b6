using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>The move commands (whatever keys the user bound to them) as the widgets' <see cref="ScrollCommand"/>.</summary>
internal static class MoveCommands
{
    public static ScrollCommand? For(string? command) => command switch
    {
        ConsoleCommands.Up => ScrollCommand.Up,
        ConsoleCommands.Down => ScrollCommand.Down,
        ConsoleCommands.PageUp => ScrollCommand.PageUp,
        ConsoleCommands.PageDown => ScrollCommand.PageDown,
        ConsoleCommands.Top => ScrollCommand.Top,
        ConsoleCommands.Bottom => ScrollCommand.Bottom,
        _ => null,
    };
}

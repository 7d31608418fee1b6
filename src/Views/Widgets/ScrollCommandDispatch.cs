namespace GntTui.Views.Widgets;

/// <summary>One reading of a <see cref="ScrollCommand"/> for every scrollable thing: each supplies its six moves.</summary>
internal static class ScrollCommandDispatch
{
    public static void Apply(this ScrollCommand command, Action up, Action down, Action pageUp, Action pageDown, Action top, Action bottom)
    {
        var move = command switch
        {
            ScrollCommand.Up => up,
            ScrollCommand.Down => down,
            ScrollCommand.PageUp => pageUp,
            ScrollCommand.PageDown => pageDown,
            ScrollCommand.Top => top,
            _ => bottom,
        };
        move();
    }
}

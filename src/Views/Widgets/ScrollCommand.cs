namespace GntTui.Views.Widgets;

/// <summary>
/// A movement through whatever fills the body, as a command rather than a key: which keys mean
/// "down" is the key map's business (and the user's), so widgets never match j or PgDn themselves.
/// </summary>
public enum ScrollCommand
{
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

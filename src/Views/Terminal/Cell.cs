namespace GntTui.Views.Terminal;

/// <summary>
/// One column of the grid. A wide glyph (CJK, most emoji) occupies its own cell with
/// <see cref="Width"/> 2 followed by a continuation cell with width 0 and empty text, so that
/// x positions always equal terminal columns.
/// </summary>
public readonly record struct Cell(string Text, CellStyle Style, byte Width)
{
    public static Cell Blank => new(" ", CellStyle.Default, 1);

    public bool IsContinuation => Width == 0;

    public static Cell Space(CellStyle style) => new(" ", style, 1);

    public static Cell Continuation(CellStyle style) => new("", style, 0);

    public bool Equals(Cell other) =>
        Width == other.Width && Style == other.Style
        && (ReferenceEquals(Text, other.Text) || string.Equals(Text, other.Text, StringComparison.Ordinal));

    public override int GetHashCode() => HashCode.Combine(Text, Style, Width);
}

namespace GntTui.Views.Widgets;

/// <summary>
/// A table column. Widths come from these declarations, not from the rows' contents, so the layout
/// costs nothing with 20,000 rows and does not jump while scrolling.
/// </summary>
/// <param name="Title">Header text.</param>
/// <param name="MinWidth">Always given when the column is shown at all.</param>
/// <param name="MaxWidth">Never exceeded; null for no limit.</param>
/// <param name="Weight">Share of the spare width; 0 keeps the column at its minimum.</param>
/// <param name="Align">Right for numbers.</param>
public sealed record TableColumn(
    string Title,
    int MinWidth = 4,
    int? MaxWidth = null,
    int Weight = 1,
    ColumnAlign Align = ColumnAlign.Left)
{
    public static TableColumn Numeric(string title, int width) => new(title, width, width, 0, ColumnAlign.Right);

    public static TableColumn Fixed(string title, int width) => new(title, width, width, 0);
}

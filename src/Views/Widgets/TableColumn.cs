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
    /// <summary>
    /// When the minimums do not all fit, columns of the lowest priority give way first (the rightmost
    /// of equals first), so a narrow terminal keeps the name and the health, not the totals.
    /// </summary>
    public int Priority { get; init; } = 1;

    /// <summary>Holds host names: drops the cluster's common domain when the full names do not fit.</summary>
    public bool ShortensNames { get; init; }

    public static TableColumn Numeric(string title, int width) => new(title, width, width, 0, ColumnAlign.Right);

    public static TableColumn Fixed(string title, int width) => new(title, width, width, 0);
}

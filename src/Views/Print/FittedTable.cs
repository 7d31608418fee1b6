using Spectre.Console;
using Spectre.Console.Rendering;

namespace GntTui.Views.Print;

/// <summary>
/// A Spectre table for <c>status</c> that fits its console: names lose the cluster's domain first
/// (the header names the cluster), then columns give way by priority, the lowest and rightmost
/// first, so at 80 columns a row still reads whole instead of wrapping every name over two lines.
/// What was left out is said under the table; <c>--json</c> always has everything.
/// </summary>
public sealed class FittedTable
{
    // Spectre's simple border: one edge and one padding cell on each side of every column.
    private const int ColumnOverhead = 3;

    private readonly string _title;
    private readonly List<(string Title, int Priority, bool Names)> _columns = [];
    private readonly List<(string Text, string? Colour)[]> _rows = [];

    public FittedTable(string title) => _title = title;

    /// <summary>A column; <paramref name="priority"/> higher stays longer; <paramref name="names"/> holds host names.</summary>
    public FittedTable Column(string title, int priority = 1, bool names = false)
    {
        _columns.Add((title, priority, names));
        return this;
    }

    /// <summary>One row of untrusted plain text; a cell may carry a Spectre colour name.</summary>
    public FittedTable Row(params (string Text, string? Colour)[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the table for the console's width and says what it had to leave out.</summary>
    public void Write(IAnsiConsole console, string? domain)
    {
        ArgumentNullException.ThrowIfNull(console);
        var width = console.Profile.Width;
        var shorten = domain is { Length: > 0 } && NeedFor(AllShown(), false, domain) > width;
        var shown = AllShown();
        while (NeedFor(shown, shorten, domain) > width && shown.Count(s => s) > 1)
        {
            var lowest = Enumerable.Range(0, _columns.Count).Where(i => shown[i]).Min(i => _columns[i].Priority);
            shown[Enumerable.Range(0, _columns.Count).Last(i => shown[i] && _columns[i].Priority == lowest)] = false;
        }

        var table = new Table().Border(TableBorder.Simple).Title(PrintText.Esc(_title));
        var visible = Enumerable.Range(0, _columns.Count).Where(i => shown[i]).ToList();
        foreach (var i in visible)
        {
            table.AddColumn(new TableColumn(PrintText.Esc(_columns[i].Title)).NoWrap());
        }
        foreach (var row in _rows)
        {
            table.AddRow(visible.Select(i => Cell(Text(row, i, shorten, domain), i < row.Length ? row[i].Colour : null)).ToArray());
        }
        console.Write(table);

        var left = Enumerable.Range(0, _columns.Count).Where(i => !shown[i]).Select(i => _columns[i].Title).ToList();
        if (shorten || left.Count > 0)
        {
            var notes = new List<string>();
            if (shorten)
            {
                notes.Add($"names without .{domain}");
            }
            if (left.Count > 0)
            {
                notes.Add($"left out at {width} columns: {string.Join(", ", left)} (a wider terminal or --json shows them)");
            }
            console.MarkupLine("[grey]" + PrintText.Esc(string.Join("; ", notes)) + "[/]");
        }
    }

    private bool[] AllShown() => Enumerable.Repeat(true, _columns.Count).ToArray();

    private int NeedFor(bool[] shown, bool shorten, string? domain) =>
        1 + Enumerable.Range(0, _columns.Count).Where(i => shown[i])
            .Sum(i => ColumnOverhead + Math.Max(_columns[i].Title.Length, _rows.Count == 0 ? 0 : _rows.Max(r => Text(r, i, shorten, domain).Length)));

    private string Text((string Text, string? Colour)[] row, int column, bool shorten, string? domain)
    {
        var text = column < row.Length ? row[column].Text : "";
        return shorten && _columns[column].Names ? text.Replace("." + domain, "", StringComparison.OrdinalIgnoreCase) : text;
    }

    private static IRenderable Cell(string text, string? colour) =>
        new Markup(colour is null ? PrintText.Esc(text) : $"[{colour}]{PrintText.Esc(text)}[/]");
}

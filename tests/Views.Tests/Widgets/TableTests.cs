using System.Globalization;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;
using Xunit.Abstractions;

namespace GntTui.Views.Tests.Widgets;

public sealed class TableTests(ITestOutputHelper output)
{
    private static readonly Theme Theme = ThemeLoader.LoadBuiltIn("default");

    [Fact]
    public void Twenty_thousand_rows_format_only_the_visible_ones_and_stay_fast()
    {
        var (table, screen, source, allocated) = PageDownTwoHundredTimes(20_000);
        Assert.Equal(44, table.LastRenderedRows);
        Assert.Equal(200 * 44 * 3, source.CellCalls);
        output.WriteLine($"200 page-down renders of 160x45 over 20,000 rows: {allocated / 200} bytes allocated each");

        // No accidental O(rows) pass: a hundred times the rows costs the same source calls and no
        // more allocation (a pass over all rows, 200 times, would allocate hundreds of MB here).
        var (_, _, huge, hugeAllocated) = PageDownTwoHundredTimes(2_000_000);
        Assert.Equal((source.CellCalls, source.KeyCalls, source.RoleCalls), (huge.CellCalls, huge.KeyCalls, huge.RoleCalls));
        Assert.True(hugeAllocated <= (2 * allocated) + (64 * 1024), $"2,000,000 rows allocated {hugeAllocated} bytes, 20,000 rows {allocated}");

        table.MoveToEnd();
        table.Render(screen, screen.Bounds, Theme);
        Assert.Equal(19_999, table.SelectedIndex);
        Assert.Equal("row19999", screen.GetRowText(44).Trim()[..8]);
    }

    /// <summary>One render, then 200 page-downs each rendered; counts what the 200 asked of the source and allocated.</summary>
    private static (Table Table, Screen Screen, CountingSource Source, long Allocated) PageDownTwoHundredTimes(int rows)
    {
        var source = new CountingSource(rows);
        var table = new Table([new TableColumn("NAME", 10, 30, 2), new TableColumn("STATUS", 8), TableColumn.Numeric("MEM", 8)]);
        var screen = new Screen(160, 45);
        table.SetSource(source);
        table.Render(screen, screen.Bounds, Theme);
        source.CellCalls = source.KeyCalls = source.RoleCalls = 0;

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 200; i++)
        {
            table.PageDown();
            table.Render(screen, screen.Bounds, Theme);
        }
        return (table, screen, source, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Selection_scrolls_the_viewport_both_ways()
    {
        var table = new Table([new TableColumn("NAME")]);
        table.SetSource(new CountingSource(100));
        var screen = new Screen(20, 11); // header + 10 rows
        table.Render(screen, screen.Bounds, Theme);

        table.MoveBy(15);
        table.Render(screen, screen.Bounds, Theme);
        Assert.Equal(6, table.TopIndex);
        Assert.Equal("row15", screen.GetRowText(10).Trim());

        table.MoveBy(-12);
        table.Render(screen, screen.Bounds, Theme);
        Assert.Equal(3, table.TopIndex);
        Assert.Equal("row3", screen.GetRowText(1).Trim());
    }

    [Fact]
    public void A_new_source_keeps_the_selected_row_by_key_and_drops_marks_of_vanished_rows()
    {
        var table = new Table([new TableColumn("NAME")]) { MultiSelect = true };
        table.SetSource(Names("a", "b", "c", "d"));
        table.SelectKey("b");
        table.ToggleMark(); // marks b, moves to c
        table.ToggleMark(); // marks c, moves to d
        table.SelectKey("c");

        table.SetSource(Names("z", "c", "a"));

        Assert.Equal("c", table.SelectedKey);
        Assert.Equal(1, table.SelectedIndex);
        Assert.Equal(["c"], table.MarkedKeys.Order());
        Assert.Equal(["c"], table.TargetKeys());
    }

    [Fact]
    public void Selection_falls_back_to_the_same_position_when_its_row_vanished()
    {
        var table = new Table([new TableColumn("NAME")]);
        table.SetSource(Names("a", "b", "c", "d"));
        table.SelectKey("d");
        table.SetSource(Names("a", "b"));
        Assert.Equal("b", table.SelectedKey);

        table.SetSource(Names());
        Assert.Equal(-1, table.SelectedIndex);
        Assert.Null(table.SelectedKey);
    }

    [Fact]
    public void Selecting_before_the_first_render_puts_the_row_at_the_bottom_not_the_top()
    {
        var table = new Table([new TableColumn("NAME")]);
        table.SetSource(new CountingSource(100));
        table.Select(30);
        var screen = new Screen(20, 11);
        table.Render(screen, screen.Bounds, Theme);

        Assert.Equal(21, table.TopIndex);
        Assert.Equal("row30", screen.GetRowText(10).Trim());
    }

    [Theory]
    [InlineData(40, new[] { 10, 20, 8 })]  // spare width by weight (A capped at 10), MEM fixed
    [InlineData(22, new[] { 5, 7, 8 })]    // minimums only
    [InlineData(15, new[] { 6, 8, 0 })]    // MEM would be a 1-cell stub: hidden, its room shared
    [InlineData(200, new[] { 10, 30, 8 })] // both capped at their maximum
    public void Layout_gives_minimums_then_spare_width_by_weight(int width, int[] expected)
    {
        TableColumn[] columns = [new("A", 5, 10, 1), new("B", 7, 30, 2), TableColumn.Numeric("MEM", 8)];
        var widths = TableLayout.Compute(columns, width);
        Assert.Equal(expected, widths);
        Assert.True(widths.Sum() + widths.Count(w => w > 0) - 1 <= width);
    }

    [Fact]
    public void Layout_gives_a_partly_fitting_column_the_rest()
    {
        TableColumn[] columns = [new("A", 5, 10, 1), new("B", 7, 30, 2), TableColumn.Numeric("MEM", 8)];
        Assert.Equal([5, 7, 4], TableLayout.Compute(columns, 18));
    }

    [Fact]
    public void Columns_of_lower_priority_give_way_first_and_the_name_last()
    {
        TableColumn[] columns =
        [
            new("NAME", 10) { Priority = 3 }, TableColumn.Numeric("MEM", 6) with { Priority = 0 },
            new("HEALTH", 8) { Priority = 2 }, TableColumn.Numeric("DISK", 6) with { Priority = 0 }, new("DRBD", 8) { Priority = 2 },
        ];

        Assert.Equal([10, 6, 8, 6, 8], TableLayout.Compute(columns, 42));  // everything fits
        Assert.Equal([10, 6, 8, 0, 8], TableLayout.Compute(columns, 35));  // the rightmost of the lowest goes first
        Assert.Equal([10, 0, 8, 0, 8], TableLayout.Compute(columns, 28));  // then the other, not DRBD at the right edge
        Assert.Equal([11, 0, 8, 0, 0], TableLayout.Compute(columns, 20));  // then the rightmost of the next priority; the spare cell by weight
        Assert.Equal([10, 0, 0, 0, 0], TableLayout.Compute(columns, 10));
    }

    [Fact]
    public void A_name_column_too_narrow_drops_the_clusters_domain_from_every_name_on_screen()
    {
        var table = new Table([new TableColumn("NAME", 12, 12) { ShortensNames = true }, new TableColumn("OTHER", 18, 18)]) { Domain = "example.com" };
        table.SetSource(new ListTableSource<string>(["node1.example.com", "n2.example.com", "db.other.org"], n => n, [n => n, n => n]));
        var screen = new Screen(31, 4);

        table.Render(screen, screen.Bounds, Theme);

        // Names shortened in the name column only; a name of another domain keeps its own.
        Assert.Equal("node1        node1.example.com", screen.GetRowText(1).TrimEnd());
        Assert.Equal("n2           n2.example.com", screen.GetRowText(2).TrimEnd());
        Assert.Equal("db.other.org db.other.org", screen.GetRowText(3).TrimEnd());

        // Not knowing the cluster's domain, names are cut as any text is.
        table.Domain = null;
        table.Render(screen, screen.Bounds, Theme);
        Assert.StartsWith("node1.examp… ", screen.GetRowText(1), StringComparison.Ordinal);
    }

    private static ListTableSource<string> Names(params string[] names) => new(names, n => n, [n => n]);

    private sealed class CountingSource(int count) : ITableSource
    {
        public int CellCalls { get; set; }

        public int KeyCalls { get; set; }

        public int RoleCalls { get; set; }

        public int Count => count;

        public string GetKey(int row)
        {
            KeyCalls++;
            return Key(row);
        }

        public StyleRole? GetRowRole(int row)
        {
            RoleCalls++;
            return null;
        }

        public TableCell GetCell(int row, int column)
        {
            CellCalls++;
            return column switch
            {
                0 => Key(row),
                1 => new TableCell(row % 10 == 0 ? "ERROR_down" : "running", row % 10 == 0 ? StyleRole.Error : StyleRole.Running),
                _ => (row * 7 % 65536).ToString(CultureInfo.InvariantCulture),
            };
        }

        private static string Key(int row) => "row" + row.ToString(CultureInfo.InvariantCulture);
    }
}

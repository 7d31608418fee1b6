using System.Text;
using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;
using Xunit.Abstractions;

namespace GntTui.Views.Tests.Terminal;

public sealed class ScreenRendererTests(ITestOutputHelper output)
{
    private static readonly CellStyle Red = new(Color.Red, Color.Default);

    [Fact]
    public void First_frame_clears_and_paints_only_non_blank_cells()
    {
        var screen = new Screen(20, 3);
        screen.Write(2, 1, "hello", Red);
        var bytes = new ScreenRenderer().Render(screen);

        Assert.Equal("\e[0m\e[2J\e[2;3H\e[31mhello", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_hostile_name_written_to_the_screen_sends_none_of_its_control_sequences()
    {
        // A name from the cluster that would set the title, clear the screen, send a C1 CSI, ring, return and reorder.
        var screen = new Screen(60, 2);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);
        screen.Write(0, 0, "inst\e]0;pwned\u0007\e[2J\u009b6n\r\u007f\u202eevil", Red);

        var frame = Encoding.UTF8.GetString(renderer.Render(screen));

        Assert.Contains("inst", frame, StringComparison.Ordinal);
        Assert.Contains("evil", frame, StringComparison.Ordinal);
        foreach (var hostile in new[] { "\e]", "\e[2J", "\u0007", "\u009b", "\r", "\u007f", "\u202e" })
        {
            Assert.DoesNotContain(hostile, frame, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Nothing_is_written_when_nothing_changed()
    {
        var screen = new Screen(80, 24);
        screen.Write(0, 0, "static content", Red);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);

        Assert.Empty(renderer.Render(screen));
        screen.Write(0, 0, "static content", Red); // rewriting the same thing is not a change
        Assert.Empty(renderer.Render(screen));
        Assert.Equal(0, renderer.LastFrameBytes);
    }

    [Fact]
    public void Adjacent_changes_share_one_cursor_move_and_one_sgr()
    {
        var screen = new Screen(40, 5);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);
        screen.Write(10, 2, "abc", Red);

        Assert.Equal("\e[3;11H\e[31mabc", Encoding.UTF8.GetString(renderer.Render(screen)));
    }

    [Fact]
    public void Small_gaps_are_rewritten_and_larger_gaps_skipped_with_cursor_forward()
    {
        var screen = new Screen(40, 2);
        screen.Write(0, 0, "aaaaaaaaaaaaaaaaaaaa", CellStyle.Default);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);

        screen.Write(0, 0, "b", CellStyle.Default);
        screen.Write(3, 0, "b", CellStyle.Default);  // gap of 2 unchanged 'a': cheaper to rewrite
        screen.Write(15, 0, "b", CellStyle.Default); // gap of 11: cursor forward
        Assert.Equal("\rbaab\e[11Cb", Encoding.UTF8.GetString(renderer.Render(screen)));
    }

    [Fact]
    public void Moving_left_on_the_same_row_uses_column_only_move_and_new_rows_use_cup()
    {
        var screen = new Screen(40, 3);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);
        screen.Write(30, 0, "x", CellStyle.Default);
        screen.Write(5, 1, "y", CellStyle.Default);
        Assert.Equal("\e[1;31Hx\e[2;6Hy", Encoding.UTF8.GetString(renderer.Render(screen)));
    }

    [Fact]
    public void Sgr_is_sent_only_when_the_style_changes_and_removes_attributes_precisely()
    {
        var screen = new Screen(10, 1);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);
        var bold = new CellStyle(Color.Red, Color.Default, CellAttributes.Bold);
        screen.Write(0, 0, "ab", bold);
        screen.Write(2, 0, "cd", Red);
        screen.Write(4, 0, "e", CellStyle.Default);
        Assert.Equal("\e[H\e[1;31mab\e[22mcd\e[0me", Encoding.UTF8.GetString(renderer.Render(screen)));
    }

    [Fact]
    public void A_resize_repaints_everything()
    {
        var screen = new Screen(20, 4);
        screen.Write(0, 0, "top", Red);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);

        screen.Resize(30, 5);
        screen.Write(0, 0, "top", Red);
        var text = Encoding.UTF8.GetString(renderer.Render(screen));

        Assert.StartsWith("\e[0m\e[2J", text, StringComparison.Ordinal);
        Assert.Contains("top", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalidate_forces_a_full_repaint_once()
    {
        var screen = new Screen(20, 4);
        screen.Write(0, 0, "top", Red);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);
        renderer.Invalidate();

        Assert.StartsWith("\e[0m\e[2J", Encoding.UTF8.GetString(renderer.Render(screen)), StringComparison.Ordinal);
        Assert.Empty(renderer.Render(screen));
    }

    [Fact]
    public void Wide_glyphs_are_written_once_and_advance_the_cursor_two_columns()
    {
        var screen = new Screen(20, 1);
        var renderer = new ScreenRenderer();
        renderer.Render(screen);
        screen.Write(0, 0, "日本x", CellStyle.Default);

        Assert.Equal("\e[H日本x", Encoding.UTF8.GetString(renderer.Render(screen)));
        Assert.Equal(3, renderer.LastFrameCells);
    }

    [Fact]
    public void Narrow_text_over_half_a_wide_glyph_reproduces_exactly_on_a_terminal()
    {
        var screen = new Screen(10, 2);
        var renderer = new ScreenRenderer();
        var terminal = new AnsiEmulator(10, 2);
        screen.Write(0, 0, "a日本b", Red);
        terminal.Feed(renderer.Render(screen));

        screen.Write(2, 0, "Z", CellStyle.Default); // the second half of 日
        screen.Write(3, 0, "🙂", CellStyle.Default); // over the first half of 本
        terminal.Feed(renderer.Render(screen));

        Assert.Empty(terminal.Diff(screen));
        Assert.Equal("a Z🙂b", screen.GetRowText(0).TrimEnd());
    }

    [Fact]
    public void Writing_the_last_column_never_relies_on_auto_wrap()
    {
        var screen = new Screen(5, 2);
        var renderer = new ScreenRenderer();
        var terminal = new AnsiEmulator(5, 2);
        screen.Write(0, 0, "abcde", Red);
        screen.Write(0, 1, "fghi日", Red); // 日 does not fit in the last column: a space instead
        terminal.Feed(renderer.Render(screen));
        screen.Write(4, 0, "X", Red);
        screen.Write(0, 1, "Z", Red);
        terminal.Feed(renderer.Render(screen));

        Assert.Empty(terminal.Diff(screen));
    }

    [Fact]
    public void Random_frames_reproduce_exactly_through_an_emulated_terminal()
    {
        var random = new Random(42);
        string[] words = ["web", "db01", "日本", "🙂", "é", "──", "▇▆", "running", "ERROR_down", " "];
        CellStyle[] styles =
        [
            CellStyle.Default, Red, new(Color.Indexed(81), Color.Indexed(236), CellAttributes.Bold),
            new(Color.Rgb(10, 200, 30), Color.Default, CellAttributes.Underline | CellAttributes.Dim),
            new(Color.Default, Color.BrightBlue, CellAttributes.Reverse | CellAttributes.Italic),
        ];
        var screen = new Screen(37, 11);
        var renderer = new ScreenRenderer();
        var terminal = new AnsiEmulator(37, 11);
        for (var frame = 0; frame < 300; frame++)
        {
            for (var edit = random.Next(0, 12); edit > 0; edit--)
            {
                var x = random.Next(-3, 37);
                var y = random.Next(0, 11);
                var text = string.Concat(Enumerable.Range(0, random.Next(1, 4)).Select(_ => words[random.Next(words.Length)]));
                screen.Write(x, y, text, styles[random.Next(styles.Length)], random.Next(1, 20));
            }

            terminal.Feed(renderer.Render(screen));
            var diff = terminal.Diff(screen);
            Assert.True(diff.Count == 0, $"frame {frame}: {string.Join("\n", diff.Take(5))}");
        }
    }

    [Fact]
    public void A_one_row_change_at_160x45_costs_under_100_bytes()
    {
        var theme = ThemeLoader.LoadBuiltIn("default");
        var rows = Enumerable.Range(0, 60).Select(i => new InstanceRow($"inst{i:D3}.example.com", $"node{i % 7}", "running", 2048 + i)).ToList();
        var table = new Table(
        [
            new TableColumn("NAME", 20, 40, 3), new TableColumn("NODE", 10, 20), new TableColumn("STATUS", 12, 14, 0),
            TableColumn.Numeric("MEM", 8),
        ]);
        var screen = new Screen(160, 45);
        var renderer = new ScreenRenderer();
        void Paint()
        {
            Header.Render(screen, screen.Bounds.TakeTop(1), theme, new HeaderContent("gnt-tui", "cluster prod-a › instances", Status: "connected"));
            table.SetSource(Source(rows));
            table.Render(screen, screen.Bounds.SkipTop(1).SkipBottom(1), theme);
            Footer.Render(screen, screen.Bounds.TakeBottom(1), theme, [KeyBinding.Create("q", "quit", "Quit")]);
        }

        Paint();
        var full = renderer.Render(screen).Length;
        rows[17] = rows[17] with { Status = "ERROR_down", Memory = 0 };
        Paint();
        var oneRow = renderer.Render(screen);

        output.WriteLine($"full frame {full} bytes; one-row change {oneRow.Length} bytes: {Encoding.UTF8.GetString(oneRow).Replace("\e", "ESC", StringComparison.Ordinal)}");
        Assert.InRange(oneRow.Length, 1, 99);
    }

    private static ListTableSource<InstanceRow> Source(List<InstanceRow> rows) => new(
        rows, r => r.Name,
        [
            r => r.Name, r => r.Node,
            r => new TableCell(r.Status, r.Status == "running" ? StyleRole.Running : StyleRole.Error),
            r => r.Memory.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]);

    private sealed record InstanceRow(string Name, string Node, string Status, int Memory);
}

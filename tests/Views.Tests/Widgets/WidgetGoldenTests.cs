using GntTui.Views.Terminal;
using GntTui.Views.Tests.Support;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Widgets;

/// <summary>Each widget painted into a small grid and compared with Golden/*.txt (text and styles).</summary>
public sealed class WidgetGoldenTests
{
    private static readonly Theme Dark = ThemeLoader.LoadBuiltIn("default");
    private static readonly Theme Mono = ThemeLoader.LoadBuiltIn("mono");

    private static readonly Instance[] Instances =
    [
        new("web1.prod.example.com", "node1", "running", 2048),
        new("web2.prod.example.com", "node2", "ERROR_down", 2048),
        new("db1", "node3", "ADMIN_down", 16384),
        new("a-very-long-instance-name-that-will-not-fit.example.com", "node1", "running", 512),
        new("日本語-instance", "node2", "running", 1024),
        new("cache1", "node4", "running", 4096),
    ];

    [Fact]
    public void Table_with_selection_marks_sort_and_truncation()
    {
        var table = NewTable();
        table.SelectKey("db1");
        table.ToggleMark();       // marks db1, moves down
        table.SortColumn = 3;
        table.SortDescending = true;
        var screen = new Screen(60, 8);
        table.Render(screen, screen.Bounds, Dark);
        GoldenFile.Verify(screen, "table-dark");
    }

    [Fact]
    public void Table_in_mono_and_scrolled_to_the_end()
    {
        var table = NewTable();
        table.MoveToEnd();
        var screen = new Screen(44, 4);
        table.Render(screen, screen.Bounds, Mono);
        GoldenFile.Verify(screen, "table-mono-scrolled");
    }

    [Fact]
    public void Empty_table()
    {
        var table = new Table([new TableColumn("NAME"), new TableColumn("STATUS")]) { EmptyText = "no instances match /web" };
        var screen = new Screen(40, 4);
        table.Render(screen, screen.Bounds, Dark);
        GoldenFile.Verify(screen, "table-empty");
    }

    [Fact]
    public void Detail_pane_with_headings_and_wrapped_values()
    {
        var pane = new DetailPane { Title = "web1.prod.example.com" };
        pane.SetLines(
        [
            DetailLine.Heading("Placement"),
            new("primary", "node1.prod.example.com"),
            new("secondary", "node2.prod.example.com"),
            new("status", "running", StyleRole.Running),
            DetailLine.Heading("Disks"),
            new("disk/0", "drbd, 20G, resyncing 42% at 110 MiB/s, eta 3m, peer node2 (UpToDate → Inconsistent)", StyleRole.Warning),
        ]);
        var screen = new Screen(48, 9);
        pane.Render(screen, screen.Bounds, Dark);
        GoldenFile.Verify(screen, "detail-pane");
    }

    [Fact]
    public void Progress_bars_and_sparklines_in_colour_and_mono()
    {
        var screen = new Screen(30, 6);
        ProgressBar.Render(screen, 0, 0, 20, 0.4242, Dark);
        ProgressBar.Render(screen, 0, 1, 20, 1, Dark);
        ProgressBar.Render(screen, 0, 2, 20, 0.4242, Mono);
        ProgressBar.Render(screen, 0, 3, 20, 0, Mono);
        double[] speeds = [10, 40, 90, 110, 105, double.NaN, 0, 80, 120, 60];
        Sparkline.Render(screen, 0, 4, 12, speeds, Dark);
        Sparkline.Render(screen, 0, 5, 12, speeds, Mono, max: 240);
        GoldenFile.Verify(screen, "progress-sparkline");
    }

    [Fact]
    public void Dangerous_confirm_dialog_shows_the_exact_command()
    {
        var dialog = Dialog.Confirm("Migrate web1?", "Live-migrate web1.prod.example.com from node1 to node2.",
            ["Migrate", "Cancel"], dangerous: true, detail: "gnt-instance migrate -f --submit web1.prod.example.com");
        var screen = new Screen(70, 14);
        dialog.Render(screen, screen.Bounds, Dark);
        GoldenFile.Verify(screen, "dialog-confirm");
    }

    [Fact]
    public void Typed_confirmation_dialog_with_a_mismatch()
    {
        var dialog = Dialog.TypedConfirm("Remove instance", "This deletes db1 and all its disks. There is no undo.", "db1");
        foreach (var c in "db2")
        {
            dialog.HandleKey(KeyEvent.Char(c));
        }

        dialog.HandleKey(new KeyEvent(Key.Enter));
        var screen = new Screen(60, 14);
        dialog.Render(screen, screen.Bounds, Dark);
        GoldenFile.Verify(screen, "dialog-typed");
    }

    [Fact]
    public void Text_input_dialog_in_mono()
    {
        var dialog = Dialog.TextInput("Save filter", "Name for this filter:", "web nodes");
        dialog.HandleKey(new KeyEvent(Key.Left));
        var screen = new Screen(50, 9);
        dialog.Render(screen, screen.Bounds, Mono);
        GoldenFile.Verify(screen, "dialog-input-mono");
    }

    [Fact]
    public void Command_palette_with_suggestions()
    {
        var palette = new CommandPalette(
        [
            new PaletteEntry("nodes", "Cluster nodes", "no"),
            new PaletteEntry("nodegroups", "Node groups", "ng"),
            new PaletteEntry("instances", "Instances", "in"),
        ]);
        palette.Open("no");
        palette.HandleKey(new KeyEvent(Key.Down));
        var screen = new Screen(50, 5);
        palette.Render(screen, screen.Bounds, Dark);
        GoldenFile.Verify(screen, "command-palette");
    }

    [Fact]
    public void Filter_prompt_with_a_bad_regex()
    {
        var prompt = new FilterPrompt();
        prompt.Open(RowFilter.None);
        foreach (var c in "!web[")
        {
            prompt.HandleKey(KeyEvent.Char(c));
        }

        var screen = new Screen(70, 1);
        prompt.Render(screen, screen.Bounds, Dark);
        GoldenFile.Verify(screen, "filter-prompt-error");
    }

    [Fact]
    public void Header_footer_and_toasts()
    {
        var time = new ManualTimeProvider();
        var toasts = new ToastCenter(time);
        toasts.Show("job 1234 submitted");
        toasts.Show("job 1233 failed: node2 unreachable", ToastLevel.Error);
        var keys = new KeyMap(
        [
            KeyBinding.Create("q", "quit", "Quit", footer: true),
            KeyBinding.Create(":", "palette", "Command", footer: true),
            KeyBinding.Create("/", "filter", "Filter", footer: true),
            KeyBinding.Create("m", "migrate", "Migrate", dangerous: true, footer: true),
            KeyBinding.Create("?", "help", "Help", footer: true),
        ]);
        var screen = new Screen(80, 6);
        Header.Render(screen, screen.Bounds.TakeTop(1), Dark, new HeaderContent(
            "gnt-tui", "prod-a › instances", [HeaderBadge.Demo, HeaderBadge.ReadOnly], "connected · 3s ago", StyleRole.Running, "09:00:00"));
        toasts.Render(screen, screen.Bounds.SkipTop(1).SkipBottom(1), Dark);
        Footer.Render(screen, screen.Bounds.TakeBottom(1), Dark, keys.WithoutDangerous().FooterBindings, "6 instances");
        GoldenFile.Verify(screen, "header-footer-toasts");
    }

    [Fact]
    public void Help_overlay_groups_bindings_and_flags_dangerous_ones()
    {
        var keys = new KeyMap(
        [
            KeyBinding.Create("q Ctrl+c", "quit", "Quit"),
            KeyBinding.Create("?", "help", "This help"),
            KeyBinding.Create("j Down", "down", "Next row", "Navigation"),
            KeyBinding.Create("k Up", "up", "Previous row", "Navigation"),
            KeyBinding.Create("m", "migrate", "Live-migrate instance", "Instance", dangerous: true),
            KeyBinding.Create("Shift+F", "failover", "Fail over instance", "Instance", dangerous: true),
        ]);
        var screen = new Screen(50, 16);
        new HelpOverlay().Render(screen, screen.Bounds, Dark, keys);
        GoldenFile.Verify(screen, "help-overlay");
    }

    private static Table NewTable()
    {
        var table = new Table(
        [
            new TableColumn("NAME", 10, 30, 3), new TableColumn("NODE", 5, 8, 1),
            new TableColumn("STATUS", 10, 10, 0), TableColumn.Numeric("MEM", 6),
        ]) { MultiSelect = true };
        table.SetSource(new ListTableSource<Instance>(Instances, i => i.Name,
        [
            i => i.Name, i => i.Node,
            i => new TableCell(i.Status, i.Status == "running" ? StyleRole.Running : i.Status.StartsWith("ERROR", StringComparison.Ordinal) ? StyleRole.Error : StyleRole.Offline),
            i => i.Memory.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ]));
        return table;
    }

    private sealed record Instance(string Name, string Node, string Status, int Memory);
}

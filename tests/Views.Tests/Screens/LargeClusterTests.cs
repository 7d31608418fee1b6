using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Instances;
using GntTui.Views.Screens.Nodes;

namespace GntTui.Views.Tests.Screens;

/// <summary>20,000 instances: a frame formats the rows on screen, not the cluster. No timing asserts, only work counted.</summary>
public sealed class LargeClusterTests
{
    private const int Instances = 20_000;

    [Fact]
    public void A_frame_formats_only_the_visible_rows()
    {
        var console = new ConsoleDriver(TestSnapshots.Big(Instances));
        console.Press("2");
        var screen = console.Render();
        var view = (InstancesView)console.App.ActiveScreen;
        var visible = screen.Height - 4; // header, title rule, table header, footer
        Assert.Equal(Instances, view.Table.Count);
        Assert.Equal(visible, view.Table.LastRenderedRows);
        Assert.True(view.Source!.CellsFormatted <= visible * InstanceColumns.All.Count,
            $"formatted {view.Source.CellsFormatted} cells for {visible} visible rows");
        Assert.Contains("Instances [20000]", screen.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scrolling_and_ticks_do_not_rebuild_filter_or_sort()
    {
        var console = new ConsoleDriver(TestSnapshots.Big(Instances));
        console.Press("2");
        console.Render();
        var view = (InstancesView)console.App.ActiveScreen;
        var source = view.Source;
        console.Press("PgDn PgDn j j G");
        console.Tick();
        console.Render();
        Assert.Same(source, view.Source); // the same sorted list, not a fresh one
        Assert.True(view.Source!.CellsFormatted <= 3 * 26 * InstanceColumns.All.Count);
    }

    [Fact]
    public void Filter_and_sort_run_once_per_change_and_keep_the_selection()
    {
        var console = new ConsoleDriver(TestSnapshots.Big(Instances));
        console.Press("2");
        console.Render();
        var view = (InstancesView)console.App.ActiveScreen;
        view.Table.SelectKey("web300.example.com");
        var sorts = view.SortRuns;
        console.Press("/");
        console.Type("web3");
        console.Press("Enter");
        console.Render();
        Assert.Equal(sorts, view.SortRuns); // filtering keeps the sorted order; it does not sort again
        Assert.Equal("web300.example.com", view.Table.SelectedKey);
        Assert.All(console.Keys(), k => Assert.StartsWith("web3", k, StringComparison.Ordinal));

        console.Press("Z");
        console.Render();
        var sorted = view.Source;
        console.Render();
        console.Tick();
        Assert.Same(sorted, view.Source);
        Assert.Equal(sorts + 1, view.SortRuns);
        Assert.Equal("web300.example.com", view.Table.SelectedKey);
    }

    [Fact]
    public void A_drbd_snapshot_does_not_rebuild_the_instance_list()
    {
        var console = new ConsoleDriver(TestSnapshots.Big(Instances));
        console.Press("2");
        console.Render();
        var view = (InstancesView)console.App.ActiveScreen;
        var source = view.Source;
        console.Post(TestDrbd.Snapshot());
        console.Render();
        Assert.Same(source, view.Source);
    }

    [Fact]
    public void A_new_snapshot_rebuilds_rows_once_and_only_for_the_view_in_front()
    {
        var console = new ConsoleDriver(TestSnapshots.Big(Instances));
        console.Press("2");
        console.Render();
        var instances = (InstancesView)console.App.ActiveScreen;
        var nodes = (NodesView)console.App.ViewOf(ViewKind.Nodes);
        var before = nodes.Source;
        console.Post(TestSnapshots.Big(Instances));
        console.Render();
        Assert.Same(before, nodes.Source); // the nodes list waits until it is looked at
        Assert.NotNull(instances.Source);
    }

    [Fact]
    public void A_refresh_that_changes_values_but_not_the_order_keeps_the_order_without_sorting()
    {
        var snapshot = TestSnapshots.Big(Instances);
        var console = new ConsoleDriver(snapshot);
        console.Press("2");
        console.Render();
        var view = (InstancesView)console.App.ActiveScreen;
        var sorts = view.SortRuns;
        var order = console.Keys();

        // Ten instances change status (by name, the sort in force, nothing moves).
        var changed = snapshot with
        {
            Instances = [.. snapshot.Instances.Select((i, n) => n % 2000 == 1 ? i with { StatusText = "ERROR_nodedown", Status = Engine.Ganeti.InstanceStatus.ErrorNodeDown } : i)],
        };
        var built = view.RowsBuilt;
        console.Post(changed);
        console.Render();
        Assert.Equal(sorts, view.SortRuns);
        Assert.Equal(10, view.RowsBuilt - built); // the ten rows, not 20,000
        Assert.Equal(order, console.Keys());
        Assert.Equal(10, view.Source!.Rows.Count(r => r.Instance.Status == Engine.Ganeti.InstanceStatus.ErrorNodeDown));

        // Sorted by status, the same change moves rows: each of the ten is placed again by binary
        // search, without a sort of all 20,000 (IncrementalIngestTests holds the order to a fresh build's).
        console.Press("S");
        console.Render();
        var bySort = view.SortRuns;
        Assert.Equal(sorts + 1, bySort);
        var comparisons = view.Comparisons;
        console.Post(snapshot);
        console.Render();
        Assert.Equal(bySort, view.SortRuns);
        Assert.InRange(view.Comparisons - comparisons, 1, 20 * 2 * 16);
        Assert.DoesNotContain(view.Source!.Rows, r => r.Instance.Status == Engine.Ganeti.InstanceStatus.ErrorNodeDown);
    }
}

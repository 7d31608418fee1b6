using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Instances;
using GntTui.Views.Screens.Nodes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Tests.Screens;

/// <summary>
/// A refresh that changes a few rows is ingested by those rows (issue 10, item 2): after any run of
/// random changes, under any sort and filter, the view shows exactly what a view built from scratch
/// on the same data shows, keeps the selected row by key, and built, compared and filtered a number
/// of rows that follows the change, not the cluster. Work is counted, never timed.
/// </summary>
public sealed class IncrementalIngestTests
{
    private static readonly string[] InstanceSorts =
        [ConsoleCommands.SortName, ConsoleCommands.SortStatus, ConsoleCommands.SortMemory, ConsoleCommands.SortNode, ConsoleCommands.SortTemplate];

    private static readonly string[] NodeSorts =
        [ConsoleCommands.SortName, ConsoleCommands.SortStatus, ConsoleCommands.SortMemory, ConsoleCommands.SortDisk, ConsoleCommands.SortPrimaries];

    private static readonly string[] Filters = ["", "web", "db1", "!web", "ERROR", "node1[0-9]\\.", "cache2"];

    private static readonly (InstanceStatus Status, string Text)[] Statuses =
    [
        (InstanceStatus.Running, "running"), (InstanceStatus.ErrorDown, "ERROR_down"), (InstanceStatus.AdminDown, "ADMIN_down"),
        (InstanceStatus.ErrorNodeDown, "ERROR_nodedown"), (InstanceStatus.AdminOffline, "ADMIN_offline"), (InstanceStatus.UserDown, "USER_down"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Instances_after_random_changes_equal_a_fresh_build(int seed)
    {
        var random = new Random(seed);
        var snapshot = TestSnapshots.Big(600) with { Jobs = [] };
        var data = new ConsoleData(snapshot, null);
        var view = new InstancesView();
        var commands = new List<string>();
        var filter = "";
        view.Update(data);
        view.Refresh();
        var nextId = 1000L;
        var nextName = 0;

        for (var round = 0; round < 40; round++)
        {
            if (random.Next(5) == 0)
            {
                var command = InstanceSorts[random.Next(InstanceSorts.Length)];
                commands.Add(command);
                view.RunCommand(command);
            }

            if (random.Next(6) == 0)
            {
                filter = Filters[random.Next(Filters.Length)];
                view.SetFilter(Filter(filter));
            }

            view.Refresh();
            var selected = view.Table.Count == 0 ? null : view.Source!.Rows[random.Next(view.Table.Count)].Instance.Name;
            if (selected is not null)
            {
                view.Table.SelectKey(selected);
            }

            snapshot = ChangeInstances(snapshot, random, ref nextId, ref nextName);
            data = data.WithSnapshot(snapshot);
            view.Update(data);
            view.Refresh();

            var fresh = Fresh(new InstancesView(), data, commands, filter);
            Assert.Equal(fresh.Source!.Rows, view.Source!.Rows);
            Assert.Equal(fresh.TotalCount, view.TotalCount);
            if (selected is not null && view.Source.Rows.Any(r => r.Instance.Name == selected))
            {
                Assert.Equal(selected, view.Table.SelectedKey);
            }
        }

        // The rounds were ingested row by row (a rebuild each round would have built 40 × 600).
        Assert.True(view.RowsBuilt < 600 + 40 * 20, $"built {view.RowsBuilt} rows");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(14)]
    public void Nodes_after_random_changes_equal_a_fresh_build(int seed)
    {
        var random = new Random(seed);
        var snapshot = TestSnapshots.Big(100);
        var data = new ConsoleData(snapshot, null);
        var view = new NodesView(TimeProvider.System);
        var commands = new List<string>();
        var filter = "";
        view.Update(data);
        view.Refresh();

        for (var round = 0; round < 40; round++)
        {
            if (random.Next(5) == 0)
            {
                var command = NodeSorts[random.Next(NodeSorts.Length)];
                commands.Add(command);
                view.RunCommand(command);
            }

            if (random.Next(6) == 0)
            {
                filter = new[] { "", "node1", "!node2", "drained", "offline" }[random.Next(5)];
                view.SetFilter(Filter(filter));
            }

            var nodes = snapshot.Nodes.ToList();
            for (var k = random.Next(6); k > 0; k--)
            {
                var at = random.Next(nodes.Count);
                var node = nodes[at];
                nodes[at] = random.Next(4) switch
                {
                    0 => node with { MemoryFree = Reading<long>.Of(random.Next(1, 65536)) },
                    1 => node with { DiskFree = Reading<long>.Of(random.Next(1, 1_000_000)) },
                    2 => node with { Drained = !node.Drained },
                    _ => node with { PrimaryCount = random.Next(40) },
                };
            }

            snapshot = snapshot with { Nodes = nodes };
            data = data.WithSnapshot(snapshot);
            view.Update(data);
            view.Refresh();

            var fresh = Fresh(new NodesView(TimeProvider.System), data, commands, filter);
            Assert.Equal(fresh.Source!.Rows, view.Source!.Rows);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData(ConsoleCommands.SortStatus)]
    [InlineData(ConsoleCommands.SortMemory)]
    public void Ten_changed_rows_of_20000_cost_ten_rows(string sort)
    {
        var snapshot = TestSnapshots.Big(20_000);
        var data = new ConsoleData(snapshot, null);
        var view = new InstancesView();
        view.Update(data);
        if (sort.Length > 0)
        {
            view.RunCommand(sort);
        }

        view.SetFilter(Filter("web|ERROR"));
        view.Refresh();
        view.Table.SelectKey("web300.example.com");
        var (sorts, built, compared, filtered) = (view.SortRuns, view.RowsBuilt, view.Comparisons, view.FilterTests);

        // Ten instances change status and memory: rows move under the status and memory sorts.
        var changed = snapshot with
        {
            Instances = [.. snapshot.Instances.Select((i, n) => n % 2000 == 7 ? i with { Status = InstanceStatus.ErrorNodeDown, StatusText = "ERROR_nodedown", Memory = Reading<long>.Of(99_999) } : i)],
        };
        data = data.WithSnapshot(changed);
        view.Update(data);
        view.Refresh();

        Assert.Equal(sorts, view.SortRuns);
        Assert.Equal(10, view.RowsBuilt - built);
        Assert.Equal(10, view.FilterTests - filtered);
        // Each row out and back in by binary search, in the sorted and the shown list: ~4 log2(20,000).
        Assert.InRange(view.Comparisons - compared, 10, 10 * 4 * 16);
        Assert.Equal("web300.example.com", view.Table.SelectedKey);
        Assert.Equal(Fresh(new InstancesView(), data, sort.Length > 0 ? [sort] : [], "web|ERROR").Source!.Rows, view.Source!.Rows);
    }

    [Fact]
    public void A_job_that_starts_naming_an_instance_rebuilds_that_row_only()
    {
        var snapshot = TestSnapshots.Big(20_000) with { Jobs = [] };
        var data = new ConsoleData(snapshot, null);
        var view = new InstancesView();
        view.Update(data);
        view.Refresh();
        var built = view.RowsBuilt;

        data = data.WithSnapshot(snapshot with { Jobs = [TestSnapshots.Job(7, JobStatus.Running, "INSTANCE_MIGRATE(db301.example.com)", 5, 4)] });
        view.Update(data);
        view.Refresh();
        Assert.Equal(1, view.RowsBuilt - built);
        Assert.Equal(7, view.Source!.Rows.Single(r => r.Instance.Name == "db301.example.com").Job?.Job.Id);

        data = data.WithSnapshot(snapshot with { Jobs = [] });
        view.Update(data);
        view.Refresh();
        Assert.Equal(2, view.RowsBuilt - built);
        Assert.All(view.Source!.Rows, r => Assert.Null(r.Job));
    }

    [Fact]
    public void A_change_too_big_to_place_row_by_row_rebuilds_and_sorts_once()
    {
        var data = new ConsoleData(TestSnapshots.Big(2_000), null);
        var view = new InstancesView();
        view.Update(data);
        view.Refresh();
        var (sorts, built) = (view.SortRuns, view.RowsBuilt);

        data = data.WithSnapshot(TestSnapshots.Big(2_000)); // every item a new object
        view.Update(data);
        view.Refresh();
        Assert.Equal(2_000, view.RowsBuilt - built);
        Assert.Equal(sorts, view.SortRuns); // nothing moved: the old order still holds (found by key)
        Assert.Equal(Fresh(new InstancesView(), data, [], "").Source!.Rows, view.Source!.Rows);
    }

    [Fact]
    public void An_answer_that_changes_no_row_still_ends_the_connecting_text()
    {
        var connecting = ClusterSnapshot.Empty("prod-a", TestClock.Start);
        var data = new ConsoleData(connecting, null);
        var view = new InstancesView();
        view.Update(data);
        view.Refresh();
        Assert.Equal("connecting to the cluster…", view.Table.EmptyText);

        view.Update(data.WithSnapshot(connecting with { Connection = ConnectionState.Live }));
        view.Refresh();
        Assert.Equal("no instances", view.Table.EmptyText);
    }

    private static ResourceView<TRow> Fresh<TRow>(ResourceView<TRow> view, ConsoleData data, IEnumerable<string> commands, string filter)
    {
        view.Update(data);
        foreach (var command in commands)
        {
            view.RunCommand(command);
        }

        view.SetFilter(Filter(filter));
        view.Refresh();
        return view;
    }

    private static RowFilter Filter(string text)
    {
        Assert.True(RowFilter.TryCreate(text, out var filter, out _));
        return filter;
    }

    private static ClusterSnapshot ChangeInstances(ClusterSnapshot snapshot, Random random, ref long nextId, ref int nextName)
    {
        var instances = snapshot.Instances.ToList();
        var jobs = snapshot.Jobs.ToList();
        for (var k = random.Next(13); k > 0; k--)
        {
            var at = random.Next(instances.Count);
            var instance = instances[at];
            switch (random.Next(7))
            {
                case 0:
                    var (status, text) = Statuses[random.Next(Statuses.Length)];
                    instances[at] = instance with { Status = status, StatusText = text };
                    break;
                case 1:
                    instances[at] = instance with { Memory = Reading<long>.Of(256 * random.Next(1, 64)) };
                    break;
                case 2:
                    instances[at] = instance with { PrimaryNode = $"node{random.Next(1, 201)}.example.com" };
                    break;
                case 3 when instances.Count > 10:
                    instances.RemoveAt(at);
                    break;
                case 4:
                    instances.Insert(at, instance with { Name = $"new{nextName++}.example.com", DiskTemplate = random.Next(2) == 0 ? "plain" : "drbd" });
                    break;
                case 5:
                    jobs.Add(TestSnapshots.Job(nextId++, JobStatus.Running, $"INSTANCE_MIGRATE({instance.Name})", 5, 4));
                    break;
                default:
                    if (jobs.Count > 0)
                    {
                        jobs.RemoveAt(random.Next(jobs.Count));
                    }

                    break;
            }
        }

        return snapshot with { Instances = instances, Jobs = jobs };
    }
}

using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Planners;

namespace GntTui.Lab.Tests;

/// <summary>
/// :roll's engine path on the lab: hroller's first reboot group, the watcher paused for the
/// maintenance, the node maintenance runbook over every node of that group, the watcher continued,
/// with <c>gnt-cluster watcher info</c> read on the master during and after.
/// </summary>
[Collection("lab")]
public sealed class LabRollTests : ResettingLabTest
{
    private static readonly TimeSpan Wait = TimeSpan.FromMinutes(3);

    public LabRollTests() : base("roll")
    {
    }

    private static async Task<WatcherStatus> WatcherOnMaster(LabEngine lab) =>
        WatcherOutputParser.Parse((await lab.Shell.RunAsync(PlannerClient.WatcherInfoArgv, Wait, CancellationToken.None)).Stdout);

    [LabFact]
    public async Task The_runbook_runs_over_hrollers_first_group_with_the_watcher_paused_and_continued()
    {
        await using var lab = new LabEngine(Dir);
        var planners = new PlannerClient(lab.Shell);
        var roll = await planners.RollAsync(new HrollerOptions(OneStepOnly: true), CancellationToken.None);
        var group = Assert.Single(roll.Groups);
        Assert.NotEmpty(group);

        var watcher = new WatcherControl(lab.Client, lab.Audit, LabEngine.Cluster, "lab-tests@localhost");
        try
        {
            Assert.True((await watcher.PauseAsync(TimeSpan.FromHours(1), "lab test: rolling maintenance", CancellationToken.None)).Paused);
            foreach (var node in group)
            {
                var snapshot = await lab.SnapshotAsync();
                // The lab's file instances cannot move: the operator's typed name overrides that blocker, as in the console.
                var rb = NodeMaintenanceRunbook.Start(lab.Context, node, snapshot, typedOverride: node);
                var s = await rb.AdvanceAsync(CancellationToken.None);
                Assert.True((await WatcherOnMaster(lab)).Paused, "the watcher stays paused while the group is worked on");
                while (s.Status == RunbookStatus.NeedsAnswer && s.Current is { } step)
                {
                    rb.Confirm(step.Id);
                    s = await rb.AdvanceAsync(CancellationToken.None);
                }

                Assert.Equal(RunbookStatus.Finished, s.Status);
                Assert.False((await lab.NodeAsync(node)).Drained);
            }
        }
        finally
        {
            await watcher.ContinueAsync("lab test: rolling maintenance done", CancellationToken.None);
        }

        Assert.False((await WatcherOnMaster(lab)).Paused);
        var rows = lab.Audit.Recent().Where(a => a.Target == "watcher").Select(a => (a.Verb, a.Status)).ToList();
        Assert.Equal([("watcher continue", "success"), ("watcher pause", "success")], rows);
        await lab.WaitForIdleAsync(Wait);
    }

    /// <summary>
    /// The whole roll over the lab's two groups (node3 | node2,node1): the first group's runbook runs
    /// with the watcher paused by the roll, the second group starts by itself and stops at its blocker:
    /// node1 is the master (a roll cannot drain it; master-failover first, which this shared lab leaves
    /// to its own tests). Abandoned there, the watcher is still paused by us and continued as W does.
    /// </summary>
    [LabFact]
    public async Task The_roll_goes_from_the_first_group_to_the_second_by_itself_and_stops_at_the_master()
    {
        await using var lab = new LabEngine(Dir);
        var plan = await new PlannerClient(lab.Shell).RollAsync(new HrollerOptions(), CancellationToken.None);
        Assert.Equal(2, plan.Groups.Count);
        var store = new RollStore(lab.Store);
        // The lab's file instances cannot move: the operator types node3's name, as c asks in the console.
        var roll = RollingRun.Start(lab.Context, store, plan.Groups, pauseWatcher: true, _ => lab.SnapshotAsync(), [.. plan.Groups[0]]);
        try
        {
            var first = Assert.Single(await roll.AdvanceAsync(CancellationToken.None));
            Assert.Equal(plan.Groups[0][0], first.Node);
            Assert.True(roll.Current.Watcher!.Ours);
            Assert.True((await WatcherOnMaster(lab)).Paused);
            var s = await first.AdvanceAsync(CancellationToken.None);
            while (s.Status == RunbookStatus.NeedsAnswer && s.Current is { } step)
            {
                Assert.NotEqual(RunbookStepState.Failed, step.State);
                first.Confirm(step.Id);
                s = await first.AdvanceAsync(CancellationToken.None);
            }

            Assert.Equal(RunbookStatus.Finished, s.Status);
            Assert.Empty(await roll.AdvanceAsync(CancellationToken.None));
            Assert.True(roll.Current.Groups[0].Done);
            Assert.Equal(RollStatus.Stopped, roll.Current.Status);
            Assert.Contains("node1.example.com", roll.Current.Blocked);
            Assert.Contains("is the master", roll.Current.Stopped, StringComparison.Ordinal);
            Assert.True((await WatcherOnMaster(lab)).Paused, "held, the roll leaves the watcher paused");

            roll.Abort();
            Assert.Equal("the watcher is still paused until " + roll.Current.Watcher.UntilClock + " (paused by this run): W continues it", roll.Current.Watcher.StillPaused);
        }
        finally
        {
            await new WatcherControl(lab.Client, lab.Audit, LabEngine.Cluster, "lab-tests@localhost").ContinueAsync("lab test: roll abandoned", CancellationToken.None);
        }

        Assert.False((await WatcherOnMaster(lab)).Paused);
        Assert.Empty(store.Open(LabEngine.Cluster));
        await lab.WaitForIdleAsync(Wait);
    }
}

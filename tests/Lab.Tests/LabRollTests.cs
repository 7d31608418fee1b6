using GntTui.Engine.Operations;
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
}

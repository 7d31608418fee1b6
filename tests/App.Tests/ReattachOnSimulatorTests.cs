using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Simulator;
using GntTui.Views.Screens.Messages;

namespace GntTui.App.Tests;

/// <summary>A console that quits while its job runs: the next one finds the job in the audit log and follows it to its end.</summary>
public sealed class ReattachOnSimulatorTests
{
    [Fact]
    public async Task A_job_left_running_by_a_quit_console_is_followed_to_its_end_by_the_next()
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(DemoSize.Small, 42, clock);
        var stateDir = Directory.CreateTempSubdirectory("gnt-tui-reattach-").FullName;
        try
        {
            long jobId;
            await using (var first = new SimConsole(cluster, clock, stateDir: stateDir))
            {
                await first.StartAsync();
                var snapshot = first.Monitor.Current;
                var instance = snapshot.Instances.First(i => i is { IsDrbd: true, Status: InstanceStatus.Running }
                    && !Preflight.Check(new InstanceMigrate(i.Name), snapshot).HasBlockers);
                first.Send(new ConsoleIntent.Submit(Preflight.Check(new InstanceMigrate(instance.Name, "reattach test"), snapshot), null));
                await first.UntilAsync(() => first.Messages.OfType<JobSubmitted>().Any(), "accepted job");
                jobId = first.Messages.OfType<JobSubmitted>().Single().JobId;
            }

            await using var second = new SimConsole(cluster, clock, stateDir: stateDir);
            Assert.Equal(AuditStatus.Submitted, second.Audit.Recent(1)[0].Status);
            await second.StartAsync();
            Assert.Contains(second.Messages.OfType<Notice>(), n => n.Text.StartsWith($"re-attaching to job {jobId}", StringComparison.Ordinal));
            await second.UntilAsync(() => second.Audit.Recent(1)[0].Status == "success", "the re-attached job's end");
            // The audit row is completed just before the end is published: wait for that too.
            await second.UntilAsync(() => second.Messages.OfType<JobLogUpdate>().Any(u => u.JobId == jobId && u.Outcome is not null), "the job's end published");
            Assert.Contains(second.Messages.OfType<JobLogUpdate>(), u => u.JobId == jobId && u.Outcome?.Status == JobStatus.Success);
        }
        finally
        {
            Directory.Delete(stateDir, recursive: true);
        }
    }
}

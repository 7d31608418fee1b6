using System.Text;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>Same seed, same history: the simulation depends on the clock and the commands, never on who looked when.</summary>
public class DeterminismTests
{
    /// <summary>A busy ten minutes: migrations, a failover, a node going away and coming back, a replace-disks.</summary>
    private static string Script(long seed, TimeSpan lookEvery)
    {
        var (c, clock) = TestClusters.Demo(seed, new DemoSize(6, 40));
        var log = new StringBuilder();
        var drbdInstances = c.Instances.Where(i => i.IsDrbd).Select(i => i.Name).ToList();
        var steps = new (TimeSpan At, IReadOnlyList<string> Argv)[]
        {
            (TimeSpan.FromSeconds(10), new InstanceMigrate(drbdInstances[0]).BuildArgv()),
            (TimeSpan.FromSeconds(20), new InstanceFailover(drbdInstances[1]).BuildArgv()),
            (TimeSpan.FromSeconds(30), new NodeSetOffline("node3.example.com", true).BuildArgv()),
            (TimeSpan.FromSeconds(90), new InstanceReplaceDisks(drbdInstances[2], ReplaceDisksMode.Secondary).BuildArgv()),
            (TimeSpan.FromSeconds(200), new NodeSetOffline("node3.example.com", false).BuildArgv()),
            (TimeSpan.FromSeconds(240), new NodeMigrate("node2.example.com").BuildArgv()),
        };
        var start = clock.GetUtcNow();
        var next = 0;
        for (var t = TimeSpan.Zero; t <= TimeSpan.FromMinutes(10); t += lookEvery)
        {
            clock.AdvanceTo(start + t);
            while (next < steps.Length && steps[next].At <= t)
            {
                var r = c.Run(steps[next++].Argv);
                log.Append(r.ExitCode).Append(r.Stdout).Append(r.Stderr);
            }
            c.ProcDrbd("node1.example.com");
        }
        foreach (var argv in new[] { GanetiQueries.NodeList(), GanetiQueries.InstanceList(), GanetiQueries.JobList() })
        {
            log.Append(c.Run(argv).Stdout);
        }
        foreach (var node in c.Nodes.Where(n => n.IsReachable))
        {
            log.Append(c.ProcDrbd(node.Name));
        }
        foreach (var job in c.Jobs)
        {
            log.Append(c.Run(GanetiQueries.JobInfo(job.Id)).Stdout);
        }
        return log.ToString();
    }

    [Fact]
    public void The_same_seed_gives_the_same_history()
    {
        var a = Script(7, TimeSpan.FromSeconds(5));
        var b = Script(7, TimeSpan.FromSeconds(5));
        Assert.Equal(a, b);
        Assert.NotEqual(a, Script(8, TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void How_often_the_cluster_is_looked_at_does_not_change_it()
    {
        // Steps happen at the same times either way (all multiples of both periods).
        Assert.Equal(Script(11, TimeSpan.FromSeconds(1)), Script(11, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_resync_reads_the_same_whether_sampled_every_second_or_once()
    {
        string Run(bool everySecond)
        {
            var (c, clock) = TestClusters.Lab(3);
            c.Submit(new InstanceReplaceDisks("big.example.com", ReplaceDisksMode.Secondary).BuildArgv());
            for (var i = 0; i < 90; i++)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
                if (everySecond)
                {
                    c.ProcDrbd("node2.example.com");
                }
            }
            return c.ProcDrbd("node2.example.com");
        }
        var sampled = Run(everySecond: true);
        Assert.Equal(sampled, Run(everySecond: false));
        Assert.Equal(DrbdConnectionState.SyncTarget, ProcDrbdParser.Parse(sampled, "node2", default).Find(0)!.Connection);
    }

    [Fact]
    public void The_factory_builds_the_same_cluster_from_the_same_seed()
    {
        var (a, _) = TestClusters.Demo(5, DemoSize.Medium);
        var (b, _) = TestClusters.Demo(5, DemoSize.Medium);
        Assert.Equal(a.Run(GanetiQueries.InstanceList()).Stdout, b.Run(GanetiQueries.InstanceList()).Stdout);
        Assert.Equal(a.Run("gnt-instance", "list", "-o", "name,uuid,nic.macs").Stdout, b.Run("gnt-instance", "list", "-o", "name,uuid,nic.macs").Stdout);
        Assert.Equal(a.ProcDrbd("node7.example.com"), b.ProcDrbd("node7.example.com"));
    }
}

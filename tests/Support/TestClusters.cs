using GntTui.Simulator;

namespace GntTui.Tests.Support;

/// <summary>Small clusters with known contents, on a manual clock (shared by Engine.Tests, Simulator.Tests and bench).</summary>
internal static class TestClusters
{
    /// <summary>
    /// Three nodes (8 GiB each, node3 nearly full) and one instance of each kind:
    /// big (4 GiB, drbd node1/node2), small (512 MiB, drbd node2/node1), shared (sharedfile), file (file),
    /// fat (6.5 GiB sharedfile on node3, leaving 1 GiB free), down (drbd, stopped).
    /// </summary>
    public static (SimulatedCluster Cluster, SimClock Clock) Lab(long seed = 1)
    {
        var clock = new SimClock(SimClock.DefaultStart);
        var c = new SimulatedCluster("cluster.example.com", clock, seed);
        var group = new SimNodeGroup("default", "d236327c-2480-43c4-9ffc-12c77c901c15");
        c.AddGroup(group);
        var nodes = new SimNode[3];
        for (var i = 0; i < 3; i++)
        {
            nodes[i] = new SimNode($"node{i + 1}.example.com", c.Rng.NextUuid(), group, $"198.51.100.{11 + i}")
            {
                MemoryTotalMiB = 8192,
                MemoryNodeMiB = 512,
                DiskTotalMiB = 512 * 1024,
                IsMaster = i == 0,
                MasterCandidate = true,
            };
            c.AddNode(nodes[i]);
        }
        c.AddInstance("big.example.com", DiskTemplates.Drbd, 4096, 2, [8 * 1024], nodes[0], nodes[1], running: true);
        c.AddInstance("small.example.com", DiskTemplates.Drbd, 512, 1, [2 * 1024], nodes[1], nodes[0], running: true);
        c.AddInstance("shared.example.com", DiskTemplates.SharedFile, 2048, 1, [1024], nodes[0], null, running: true);
        c.AddInstance("file.example.com", DiskTemplates.File, 256, 1, [1024], nodes[1], null, running: true);
        c.AddInstance("fat.example.com", DiskTemplates.SharedFile, 6656, 4, [1024], nodes[2], null, running: true);
        c.AddInstance("down.example.com", DiskTemplates.Drbd, 1536, 1, [1024], nodes[2], nodes[0], running: false);
        return (c, clock);
    }

    public static (SimulatedCluster Cluster, SimClock Clock) Demo(long seed = 42, DemoSize? size = null)
    {
        var clock = new SimClock(SimClock.DefaultStart);
        return (DemoClusterFactory.Create(size ?? DemoSize.Small, seed, clock), clock);
    }

    public static SimCommandOutput Run(this SimulatedCluster c, params string[] argv) => c.Execute("master", argv);

    public static SimCommandOutput Run(this SimulatedCluster c, IReadOnlyList<string> argv) => c.Execute("master", argv);

    /// <summary>
    /// Submits with --submit and returns the job id, printed the way Ganeti 3.0 does: "N: NAME" on
    /// stdout for the many-instance commands (startup, shutdown, reboot), "JobID: N" on stderr for the rest.
    /// </summary>
    public static long Submit(this SimulatedCluster c, IReadOnlyList<string> argv)
    {
        var r = c.Execute("master", argv);
        if (r.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', argv)} failed (exit {r.ExitCode}): {r.Stdout}{r.Stderr}");
        }
        // startup/shutdown/reboot print "N: name" on stdout (cli.py's per-job lines); the rest "JobID: N" on stderr.
        var many = argv[0] == "gnt-instance" && argv[1] is "startup" or "shutdown" or "reboot";
        var m = many
            ? System.Text.RegularExpressions.Regex.Match(r.Stdout, @"^(\d+): " + System.Text.RegularExpressions.Regex.Escape(argv[^1]) + "\n$")
            : System.Text.RegularExpressions.Regex.Match(r.Stderr, @"^JobID: (\d+)\n$");
        if (!m.Success || (many ? r.Stderr : r.Stdout).Length != 0)
        {
            throw new InvalidOperationException($"no job id in stdout '{r.Stdout}' / stderr '{r.Stderr}'");
        }
        return long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Moves the clock a second at a time until the job ends (or the limit passes).</summary>
    public static SimJob WaitForJob(this SimulatedCluster c, SimClock clock, long id, int maxSeconds = 600)
    {
        for (var i = 0; i < maxSeconds; i++)
        {
            var job = c.FindJob(id)!;
            c.Synchronize();
            if (job.IsFinished)
            {
                return job;
            }
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        throw new TimeoutException($"job {id} still {c.FindJob(id)!.StatusText} after {maxSeconds} s");
    }

    /// <summary>Advances the clock until <paramref name="task"/> completes.</summary>
    public static async Task<T> Drive<T>(this SimClock clock, Task<T> task, TimeSpan step, int maxSteps = 10_000)
    {
        for (var i = 0; i < maxSteps && !task.IsCompleted; i++)
        {
            clock.Advance(step);
            await Task.Yield();
        }
        return await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public static string ProcDrbd(this SimulatedCluster c, string node) => c.Execute(node, ["cat", "/proc/drbd"]).Stdout;
}

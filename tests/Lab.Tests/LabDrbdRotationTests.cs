using System.Globalization;
using GntTui.Engine.Drbd;
using GntTui.Engine.Remote;

namespace GntTui.Lab.Tests;

/// <summary>
/// The console's DRBD sampling (rotation) over real ssh to the lab's nodes, counted with ps: the
/// lab's nodes share our PID namespace (a network namespace only), so the sampler's ssh clients and
/// ControlMasters, the node-side sampling loops and every <c>cat /proc/drbd</c> are all in /proc.
/// During: within the bound. After the sampler is disposed: none left, on either side.
/// </summary>
[Collection("lab")]
public sealed class LabDrbdRotationTests
{
    private static readonly DrbdRotationOptions Rotation = new()
    {
        QuietInterval = TimeSpan.FromSeconds(2),
        BusyLinger = TimeSpan.FromSeconds(60),
        Tick = TimeSpan.FromMilliseconds(100),
        MaxStreams = 1,
        MaxOneShots = 2,
        StreamEveryNodeUpTo = 0,
    };

    [LabFact]
    public async Task Sampler_processes_stay_within_the_bound_and_none_outlive_it()
    {
        var dir = Directory.CreateTempSubdirectory("gnt-tui-lab-rot-").FullName;
        var control = Path.Combine(dir, "ctl");
        try
        {
            var nodes = LabEnvironment.Nodes;
            var shells = DrbdNodeShells.OpenSsh(new SshOptions { Target = LabEnvironment.SshTarget, ControlDirectory = control });
            var counts = new List<Census>();
            // Another test's stopped streams end on the nodes at their next write (within a second): wait for that.
            await Quiet(control);
            await using (shells)
            {
                var sampler = new DrbdSampler(shells.Get, new DrbdSamplerOptions { Rotation = Rotation }, oneShots: shells.GetOneShot);
                var samples = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                sampler.SampleReceived += s =>
                {
                    lock (samples)
                    {
                        samples[s.Node] = samples.GetValueOrDefault(s.Node) + 1;
                    }
                };
                sampler.SetNodes(nodes);
                // An operation on the first node: it gets the one stream, the others one-shots.
                sampler.MarkBusy([nodes[0]]);
                var until = DateTime.UtcNow.AddSeconds(12);
                while (DateTime.UtcNow < until)
                {
                    counts.Add(Census.Take(control));
                    await Task.Delay(50);
                }
                Assert.Equal([nodes[0]], sampler.StreamedNodes);
                lock (samples)
                {
                    Assert.All(nodes, n => Assert.True(samples.GetValueOrDefault(n) >= 2, $"{n}: {samples.GetValueOrDefault(n)} samples"));
                    Assert.True(samples[nodes[0]] >= 8, $"the busy node sampled {samples[nodes[0]]} times in 12 s");
                }
                await sampler.DisposeAsync();
            }

            // A stream is an ssh client and its ControlMaster; one-shots are one client each.
            var bound = (2 * Rotation.MaxStreams) + Rotation.MaxOneShots;
            Assert.InRange(counts.Max(c => c.Ssh), 1, bound);
            Assert.InRange(counts.Max(c => c.NodeLoops), 1, Rotation.MaxStreams);
            Assert.Contains(counts, c => c.Ssh >= 2);

            Assert.Equal(new Census(0, 0, 0), await Quiet(control));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The census once nothing is left, or after 5 s.</summary>
    private static async Task<Census> Quiet(string control)
    {
        var census = Census.Take(control);
        for (var i = 0; i < 50 && census.Any; i++)
        {
            await Task.Delay(100);
            census = Census.Take(control);
        }
        return census;
    }

    /// <summary>Our ssh processes (by control directory, or a one-shot's own argv), the node-side loops, and cat /proc/drbd anywhere.</summary>
    private sealed record Census(int Ssh, int NodeLoops, int Cats)
    {
        public bool Any => Ssh + NodeLoops + Cats > 0;

        public static Census Take(string control)
        {
            int ssh = 0, cats = 0;
            var loops = new Dictionary<int, int>();
            foreach (var proc in Directory.EnumerateDirectories("/proc"))
            {
                string[] argv;
                try
                {
                    argv = File.ReadAllText(Path.Combine(proc, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
                }
                catch (IOException)
                {
                    continue;
                }
                catch (UnauthorizedAccessException)
                {
                    continue;
                }
                if (argv.Length == 0 || !int.TryParse(Path.GetFileName(proc), out _))
                {
                    continue;
                }
                var line = string.Join(' ', argv);
                var isSsh = Path.GetFileName(argv[0]).StartsWith("ssh", StringComparison.Ordinal) && !line.Contains("sshd", StringComparison.Ordinal);
                if (isSsh && (line.Contains(control, StringComparison.Ordinal) || (line.Contains("ControlPath=none", StringComparison.Ordinal) && line.Contains("cat /proc/drbd", StringComparison.Ordinal))))
                {
                    ssh++;
                }
                else if (!isSsh && line.Contains(DrbdQueries.SampleEndMarker, StringComparison.Ordinal))
                {
                    loops[int.Parse(Path.GetFileName(proc), CultureInfo.InvariantCulture)] = ParentOf(proc);
                }
                if (argv is ["cat", "/proc/drbd"])
                {
                    cats++;
                }
            }
            // The loop forks for each cat: until the child execs it carries the loop's argv; count the loop once.
            return new Census(ssh, loops.Count(l => !loops.ContainsKey(l.Value)), cats);
        }

        private static int ParentOf(string proc)
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(proc, "stat"));
                return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return 0;
            }
        }
    }
}

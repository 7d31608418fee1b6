using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;
using GntTui.Simulator;

namespace GntTui.Lab.Tests;

/// <summary>
/// The simulator answers the Engine's commands in the same format as the real Ganeti in the lab:
/// for every read-only command the Engine sends, each line has the same number of fields and each
/// field the same shape (number, Y/N, host name, timestamp, …).
/// </summary>
[Collection("lab")]
public partial class LabSimulatorFormatTests
{
    public static TheoryData<string> Queries => new() { "nodes", "instances", "jobs" };

    private static IReadOnlyList<string> Argv(string which) => which switch
    {
        "nodes" => GanetiQueries.NodeList(),
        "instances" => GanetiQueries.InstanceList(),
        _ => GanetiQueries.JobList(),
    };

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^\[\d+, \d+\]$")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)+$")]
    private static partial Regex Host();

    /// <summary>The shape of one field: what kind of text it is, not its value.</summary>
    private static string Shape(string field) => field switch
    {
        "" => "empty",
        "Y" or "N" => "yn",
        "*" or "?" or "-" or "??" => "special",
        "None" => "none",
        _ when Number().IsMatch(field) => "number",
        _ when Timestamp().IsMatch(field) => "timestamp",
        _ when Host().IsMatch(field) => "host",
        _ when field.Contains(',', StringComparison.Ordinal) && field.Split(',').All(h => Host().IsMatch(h)) => "hosts",
        _ => "word",
    };

    private static HashSet<string> Shapes(string output, int column) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Shape(l.Split('|')[column])).ToHashSet();

    [LabTheory]
    [MemberData(nameof(Queries))]
    public async Task Lab_and_simulator_print_the_same_shapes(string which)
    {
        await using var lab = new LabCluster();
        var real = await lab.Shell.RunAsync(Argv(which), TimeSpan.FromSeconds(60), CancellationToken.None);
        var clock = new SimClock(SimClock.DefaultStart);
        var cluster = DemoClusterFactory.Create(new DemoSize(3, 6), 7, clock);
        DemoActivity.Start(cluster);
        // The lab's history holds jobs cancelled before they started (LabEveryOperationTests), whose
        // start_ts is "-": give the simulator one too.
        var queued = Engine.Ganeti.Parsing.SubmitOutputParser.Parse(
            cluster.Execute("master", new Engine.Ganeti.Operations.InstanceReboot(cluster.Instances[0].Name).BuildArgv()).Stdout, "").SingleJobId!.Value;
        cluster.Execute("master", new Engine.Ganeti.Operations.JobCancel(queued).BuildArgv());
        // Let the demo's jobs run to their ends, as the lab's have.
        clock.Advance(TimeSpan.FromMinutes(30));
        var sim = await cluster.OpenShell("master").RunAsync(Argv(which), TimeSpan.FromSeconds(60), CancellationToken.None);

        Assert.Equal(0, real.ExitCode);
        Assert.Equal(0, sim.ExitCode);
        var realFields = real.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|').Length).Distinct().Single();
        var simFields = sim.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|').Length).Distinct().Single();
        Assert.Equal(realFields, simFields);
        for (var c = 0; c < realFields; c++)
        {
            var realShapes = Shapes(real.Stdout, c);
            var simShapes = Shapes(sim.Stdout, c);
            // The lab has no DRBD and no offline nodes, so the simulator may show more shapes; every
            // shape the lab shows must be one the simulator shows too, and "word" only where the lab has words.
            Assert.True(realShapes.IsSubsetOf(simShapes) || realShapes.SetEquals(simShapes.Intersect(realShapes)),
                $"{which} column {c}: lab {string.Join(",", realShapes)} vs simulator {string.Join(",", simShapes)}");
            Assert.True(!simShapes.Contains("word") || realShapes.Contains("word"),
                $"{which} column {c}: the simulator prints words where the lab prints {string.Join(",", realShapes)}");
        }
    }

    [LabFact]
    public async Task Lab_and_simulator_agree_on_cluster_info_and_submit_and_watch_formats()
    {
        await using var lab = new LabCluster();
        var cluster = DemoClusterFactory.Create(new DemoSize(3, 6), 7, new SimClock(SimClock.DefaultStart));
        IRemoteShell sim = cluster.OpenShell("master");

        foreach (var shell in new IRemoteShell[] { lab.Shell, sim })
        {
            var client = new GanetiClient(shell);
            var info = await client.GetClusterInfoAsync(CancellationToken.None);
            // The same line read the same way; the demo has a name of its own, never the lab's.
            Assert.Equal(shell == sim ? cluster.Name : "cluster.example.com", info.Name);
            Assert.Matches(@"^\d+\.\d+\.\d+", info.Version);
            var jobs = await client.ListJobsAsync(CancellationToken.None);
            Assert.All(jobs, j => Assert.NotEqual(JobStatus.Unknown, j.Status));
        }
    }
}

using System.Text.RegularExpressions;
using GntTui.Engine.Planners;
using GntTui.Engine.Remote;
using GntTui.Simulator;

namespace GntTui.Lab.Tests;

/// <summary>
/// The demo's planners answer in the lab's formats: the same htools commands on the lab's master and
/// on the simulated copy of the lab (LabClusterFactory) print the same kinds of lines, digits and names
/// aside, and the Engine's parsers read both. The simulator's htools are the real binaries on its state.
/// </summary>
[Collection("lab")]
public sealed partial class LabPlannerFormatTests
{
    public static TheoryData<string> Commands => new() { "hbal -L -C", "hroller -L", "hroller -L --one-step-only", "hspace -L", "gnt-cluster watcher info" };

    private static readonly HashSet<string> HbalHeader =
        ["Loaded 9 nodes, 9 instances", "Group size 9 nodes, 9 instances", "Selected node group: default", "Initial check done: 9 bad nodes, 9 bad instances.", "Initial score: 9"];

    [GeneratedRegex(@"[0-9]+(\.[0-9]+)?")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b(?:node|inst)[0-9]+(?:\.[a-z0-9-]+)*")]
    private static partial Regex Names();

    /// <summary>A line's kind: its text with numbers and node/instance names blanked (score and placement are the clusters' own).</summary>
    private static string Kind(string line) => Digits().Replace(Names().Replace(line.TrimEnd(), "NAME"), "9");

    private static List<string> Headings(string stdout) => [.. stdout.Split('\n').Where(l => l.Length > 0 && l[0] != ' ').Select(Kind)];

    [LabTheory]
    [MemberData(nameof(Commands))]
    public async Task Lab_and_simulator_print_the_same_kinds_of_lines(string command)
    {
        if (command.StartsWith('h') && !(Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "hbal"))) && !LabEnvironment.Required)
        {
            return; // Without local htools the demo says "command not found", tested in Simulator.Tests.
        }

        await using var lab = new LabCluster();
        var argv = command.Split(' ');
        var real = await lab.Shell.RunAsync(argv, TimeSpan.FromMinutes(2), CancellationToken.None);
        IRemoteShell simShell = LabClusterFactory.Create(new SimClock(SimClock.DefaultStart)).OpenShell("master");
        var sim = await simShell.RunAsync(argv, TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.True(real.ExitCode == 0, real.Stderr);
        Assert.True(sim.ExitCode == 0, sim.Stderr);
        var realKinds = real.Stdout.Split('\n').Where(l => l.Trim().Length > 0).Select(Kind).ToHashSet();
        var simKinds = sim.Stdout.Split('\n').Where(l => l.Trim().Length > 0).Select(Kind).ToHashSet();
        switch (argv[0])
        {
            case "hbal":
                var a = HbalOutputParser.Parse(real.Stdout, real.Stderr);
                var b = HbalOutputParser.Parse(sim.Stdout, sim.Stderr);
                Assert.Equal(a.Group, b.Group);
                Assert.Superset(HbalHeader, simKinds);
                Assert.Superset(HbalHeader, realKinds);
                Assert.Subset(realKinds, simKinds.Where(k => k.StartsWith("Loaded", StringComparison.Ordinal) || k.StartsWith("Initial", StringComparison.Ordinal)).ToHashSet());
                break;
            case "hroller":
                Assert.Equal(HrollerOutputParser.Parse(real.Stdout, "").OneStepOnly, HrollerOutputParser.Parse(sim.Stdout, "").OneStepOnly);
                Assert.Equal(real.Stdout.Split('\n')[0], sim.Stdout.Split('\n')[0]);
                break;
            case "hspace":
                var r = HspaceOutputParser.Parse(real.Stdout, real.Stderr);
                var s = HspaceOutputParser.Parse(sim.Stdout, sim.Stderr);
                Assert.Equal(r.Nodes, s.Nodes);
                Assert.NotNull(s.StandardAllocated);
                // Same sections in the same order; what each allocates is each cluster's own.
                Assert.Equal(Headings(real.Stdout), Headings(sim.Stdout));
                break;
            default:
                Assert.Equal(WatcherOutputParser.Parse(real.Stdout), WatcherOutputParser.Parse(sim.Stdout));
                Assert.Equal(real.Stdout, sim.Stdout);
                break;
        }
    }

    [GeneratedRegex(@"paused until .+\.$", RegexOptions.Multiline)]
    private static partial Regex Until();

    /// <summary>
    /// What a maintenance sends to the watcher, in its order (info first, pause, info, continue, the
    /// continue of a pause already gone, info): the simulator answers each with the lab's exit code and
    /// sentence, the time aside. The lab ends as it began, not paused.
    /// </summary>
    [LabFact]
    public async Task Lab_and_simulator_answer_a_maintenances_watcher_commands_alike()
    {
        string[][] sequence =
        [
            [.. PlannerClient.WatcherInfoArgv], [.. WatcherControl.PauseArgv(TimeSpan.FromHours(1))], [.. PlannerClient.WatcherInfoArgv],
            [.. WatcherControl.ContinueArgv], [.. WatcherControl.ContinueArgv], [.. PlannerClient.WatcherInfoArgv],
        ];
        await using var lab = new LabCluster();
        IRemoteShell simShell = LabClusterFactory.Create(new SimClock(SimClock.DefaultStart)).OpenShell("master");
        try
        {
            foreach (var argv in sequence)
            {
                var real = await lab.Shell.RunAsync(argv, TimeSpan.FromMinutes(1), CancellationToken.None);
                var sim = await simShell.RunAsync(argv, TimeSpan.FromMinutes(1), CancellationToken.None);
                var what = string.Join(' ', argv);
                Assert.True(real.ExitCode == sim.ExitCode, $"{what}: lab {real.ExitCode}, simulator {sim.ExitCode}");
                Assert.Equal(Until().Replace(real.Stdout, "paused until <time>."), Until().Replace(sim.Stdout, "paused until <time>."));
                Assert.Equal(WatcherOutputParser.Parse(real.Stdout).Paused, WatcherOutputParser.Parse(sim.Stdout).Paused);
            }
        }
        finally
        {
            await lab.Shell.RunAsync(WatcherControl.ContinueArgv, TimeSpan.FromMinutes(1), CancellationToken.None);
        }
    }
}

using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Remote;
using GntTui.Simulator;

namespace GntTui.Lab.Tests;

/// <summary>
/// The simulator answers every command the Engine sends like the real Ganeti in the lab, mutating
/// ones included: the same argv, in the same order, from the same starting state (the simulator
/// built in the lab's shape), must give the same exit code, the same stdout and stderr once job ids
/// are normalised, and the same final job status. Queries compare their shape (fields per line).
/// </summary>
[Collection("lab")]
public sealed partial class LabSimulatorDifferentialTests : ResettingLabTest
{
    public LabSimulatorDifferentialTests() : base("diff")
    {
    }

    public static TheoryData<int> Sections => new([0, .. EngineCommands.Sections]);

    [GeneratedRegex(@"^(JobID: )\d+$|^\d+(: )|\b([Jj]ob )\d+\b", RegexOptions.Multiline)]
    private static partial Regex JobId();

    private static string Normalise(string text) =>
        JobId().Replace(text.Replace("\r", "", StringComparison.Ordinal), m => m.Groups[1].Success ? "JobID: <id>" : m.Groups[2].Success ? "<id>: " : m.Groups[3].Value + "<id>");

    [LabTheory]
    [MemberData(nameof(Sections))]
    public async Task Lab_and_simulator_answer_each_command_alike(int section)
    {
        await using var shell = new OpenSshShell(new SshOptions { Target = LabEnvironment.SshTarget, ControlDirectory = Path.Combine(Dir, "ctl") });
        var clock = new SimClock(SimClock.DefaultStart);
        var sim = LabClusterFactory.Create(clock);
        await using var simShell = sim.OpenShell("master");
        var differences = new List<string>();
        long labLast = 0, simLast = 0;
        if (section == 0)
        {
            // One finished job on each side for gnt-job watch / info to look at.
            var argv = new Engine.Ganeti.Operations.InstanceStartup(EngineCommands.I1).BuildArgv();
            var real = await shell.RunAsync(argv, TimeSpan.FromMinutes(1), CancellationToken.None);
            var fake = sim.Execute("master", argv);
            await WaitForIdleAsync(shell);
            RunUntilIdle(sim, clock);
            (labLast, simLast) = (SubmitOutputParser.Parse(real.Stdout, real.Stderr).SingleJobId!.Value, SubmitOutputParser.Parse(fake.Stdout, fake.Stderr).SingleJobId!.Value);
        }
        foreach (var row in EngineCommands.All.Where(r => r.Section == section && r.NotCompared is null))
        {
            var real = await shell.RunAsync(row.Argv(labLast), TimeSpan.FromMinutes(5), CancellationToken.None);
            var fake = await RunOnSimulatorAsync(simShell, clock, sim, row.Argv(simLast));
            var labJob = SubmitOutputParser.Parse(real.Stdout, real.Stderr).SingleJobId;
            var simJob = SubmitOutputParser.Parse(fake.Stdout, fake.Stderr).SingleJobId;
            if (row.Operation is not null)
            {
                await WaitForIdleAsync(shell);
                RunUntilIdle(sim, clock);
            }
            Compare(row, real, fake, differences);
            if (row.Operation is not null && labJob is { } l && simJob is { } s)
            {
                var labStatus = (await shell.RunAsync(["gnt-job", "list", "--no-headers", "-o", "status", l.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(60), CancellationToken.None)).Stdout.Trim();
                var simStatus = sim.FindJob(s)!.StatusText;
                if (labStatus != simStatus)
                {
                    differences.Add($"{row.Name}: job ends {labStatus} in the lab, {simStatus} in the simulator");
                }
                (labLast, simLast) = (l, s);
            }
            else if (row.Operation is not null && (labJob is null) != (simJob is null))
            {
                differences.Add($"{row.Name}: a job was queued only {(labJob is null ? "in the simulator" : "in the lab")}");
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
    }

    private static void Compare(EngineCommand row, CommandResult real, SimCommandOutput fake, List<string> differences)
    {
        if (real.ExitCode != fake.ExitCode)
        {
            differences.Add($"{row.Name}: exit {real.ExitCode} in the lab, {fake.ExitCode} in the simulator\n  lab: {real.Stdout}{real.Stderr}\n  sim: {fake.Stdout}{fake.Stderr}");
            return;
        }
        if (row.Query is not null)
        {
            CompareShape(row, real.Stdout, fake.Stdout, differences);
            return;
        }
        foreach (var (stream, lab, sim) in new[] { ("stdout", real.Stdout, fake.Stdout), ("stderr", real.Stderr, fake.Stderr) })
        {
            if (Normalise(lab) != Normalise(sim))
            {
                differences.Add($"{row.Name}: {stream} differs\n  lab: {Normalise(lab).Replace("\n", "\n       ", StringComparison.Ordinal)}\n  sim: {Normalise(sim).Replace("\n", "\n       ", StringComparison.Ordinal)}");
            }
        }
    }

    /// <summary>Lists: the same number of '|'-separated fields on every line. Other queries: the exit code says enough.</summary>
    private static void CompareShape(EngineCommand row, string lab, string sim, List<string> differences)
    {
        static int[] Fields(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|').Length).Distinct().Order()];
        if (row.Argv(0).Contains("--separator=" + GanetiQueries.Separator) && lab.Length > 0 && sim.Length > 0 && !Fields(lab).SequenceEqual(Fields(sim)))
        {
            differences.Add($"{row.Name}: fields per line {string.Join(",", Fields(lab))} in the lab, {string.Join(",", Fields(sim))} in the simulator");
        }
    }

    private static async Task WaitForIdleAsync(OpenSshShell shell)
    {
        for (var i = 0; i < 600; i++)
        {
            var statuses = (await shell.RunAsync(["gnt-job", "list", "--no-headers", "-o", "status"], TimeSpan.FromSeconds(60), CancellationToken.None)).Stdout;
            if (!Regex.IsMatch(statuses, "queued|waiting|running|canceling"))
            {
                return;
            }
            await Task.Delay(300);
        }
        Assert.Fail("lab jobs still pending after ~3 minutes");
    }

    /// <summary>Through a shell, like the console; simulated time moves until the command ends (verify waits for its job).</summary>
    private static async Task<SimCommandOutput> RunOnSimulatorAsync(SimulatedShell shell, SimClock clock, SimulatedCluster sim, IReadOnlyList<string> argv)
    {
        var run = shell.RunAsync(argv, TimeSpan.FromHours(1), CancellationToken.None);
        for (var i = 0; i < 3600 && !run.IsCompleted; i++)
        {
            await Task.Delay(1);
            clock.Advance(TimeSpan.FromSeconds(1));
            sim.Synchronize();
        }
        var r = await run;
        return new SimCommandOutput(r.ExitCode, r.Stdout, r.Stderr);
    }

    private static void RunUntilIdle(SimulatedCluster sim, SimClock clock)
    {
        for (var i = 0; i < 1800 && sim.Jobs.Any(j => !j.IsFinished); i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            sim.Synchronize();
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using static GntTui.EndToEnd.Tests.LabConsoleSteps;

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// Issue 15's transport faults on the real lab, with the built gnt-tui in tmux: the lab's sshd
/// stopped, the link cut, the replies black-holed. A failover of our own waits behind a Ganeti
/// delay job so it is in flight when the fault starts. Each run measures how long the header takes
/// to say the cluster is not answering, how long it takes to come back by itself once the fault
/// ends, the followed job's end against Ganeti's, and what is left running on the nodes after the
/// drop and after the console ends (quit or kill -9). The figures go to the test output
/// (docs/RELIABILITY.md, lab section has the command).
/// </summary>
[Collection("lab console")]
public sealed partial class LabConsoleFaultTests
{
    /// <summary>Issue 15's bound for "says so" and for "recovers by itself".</summary>
    private static readonly TimeSpan Said = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FaultLength = TimeSpan.FromSeconds(20);

    private const string Instance = "inst3.example.com"; // sharedfile on node3: fails over for real
    private const string Node = "node3.example.com";

    private readonly ITestOutputHelper _output;

    public LabConsoleFaultTests(ITestOutputHelper output) => _output = output;

    [GeneratedRegex(@"job (\d+): failover inst3\.example\.com submitted")]
    private static partial Regex Accepted();

    [LabConsoleFact]
    public void The_lab_sshd_stopped_is_said_within_10_s_recovers_within_10_s_and_quit_leaves_nothing_running() =>
        Run(LabFault.SshdStopped, kill: false);

    [LabConsoleFact]
    public void The_link_down_is_said_within_10_s_recovers_within_10_s_and_kill_9_leaves_nothing_running() =>
        Run(_ => LabFault.LinkDown(), kill: true);

    [LabConsoleFact]
    public void Replies_black_holed_are_said_within_10_s_recover_within_10_s_and_quit_leaves_nothing_running() =>
        Run(_ => LabFault.RepliesBlackholed(), kill: false);

    private void Run(Func<RemoteProcesses, LabFault> make, bool kill) => OnResetLab(() =>
    {
        var runtime = Directory.CreateTempSubdirectory("gnt-tui-fault-run-").FullName;
        var baseline = RemoteProcesses.Now();
        var fault = make(baseline);
        try
        {
            using var tmux = new TmuxSession("--ssh " + LabConsole.SshTarget, env: new Dictionary<string, string> { ["XDG_RUNTIME_DIR"] = runtime });
            tmux.WaitFor("node1.example.com", Slow);

            // Our job, in flight across the fault: the failover waits for node3's lock behind a delay.
            LabConsole.Ssh("gnt-debug", "delay", "--submit", "-n", Node, "12");
            Select(tmux, "2", "Instances", Instance);
            OpenDialog(tmux, "f", $"Fail over {Instance}", "gnt-instance failover -f --submit -n ");
            tmux.SendKeys("y");
            var jobId = long.Parse(Accepted().Match(tmux.WaitUntil(s => Accepted().IsMatch(s), "the failover accepted", Slow)).Groups[1].Value, CultureInfo.InvariantCulture);

            using var screens = new ScreenRecorder(tmux);
            var acceptedAt = screens.Now;

            // The worst moment: just after a refresh came in, so the next one is as far away as it gets.
            screens.WaitFor(s => Header(s).Contains("● live · updated just now", StringComparison.Ordinal), acceptedAt, Slow, "a refresh just in");
            var atFault = RemoteProcesses.Now().Since(baseline);
            var injected = screens.Now;
            fault.Inject();
            var said = screens.WaitFor(s => NotAnswering(Header(s)), injected, TimeSpan.FromSeconds(60), "the header to say it");
            var toSaid = said.At - injected;
            Say($"{fault.Name}: said '{Header(said.Screen)}' {toSaid.TotalSeconds:F1} s after the fault began");
            Thread.Sleep(FaultLength - (screens.Now - injected) is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);

            fault.Restore();
            var restored = screens.Now;
            var headers = screens.Between(injected, restored).Select(Header).ToHashSet(StringComparer.Ordinal);
            var live = screens.WaitFor(s => Header(s).Contains("● live", StringComparison.Ordinal) && !NotAnswering(Header(s)), restored, TimeSpan.FromSeconds(90), "live again");
            var toRecovered = live.At - restored;
            Say($"{fault.Name}: live again {toRecovered.TotalSeconds:F1} s after the fault ended (held {(restored - injected).TotalSeconds:F1} s, {headers.Count} distinct headers drawn meanwhile)");

            var end = new Regex($@"job {jobId} \(failover {Regex.Escape(Instance)}\) (succeeded|failed)");
            var ended = screens.WaitFor(end.IsMatch, acceptedAt, Slow, $"job {jobId}'s end");
            var shown = end.Match(ended.Screen).Groups[1].Value == "succeeded" ? "success" : "error";
            var ganeti = GanetiJobStatus(jobId);
            Say($"{fault.Name}: job {jobId} shown {shown} {(ended.At - restored).TotalSeconds:F1} s after the fault ended, Ganeti says {ganeti}");

            // What the drop left: the processes of the sessions the fault cut, still there once the console is live again.
            var (droppedLeft, droppedTook) = WaitForGone(atFault, TimeSpan.FromSeconds(20));
            Say($"{fault.Name}: left by the drop {droppedLeft.Count} (looked {droppedTook.TotalSeconds:F1} s)");

            if (kill)
            {
                tmux.Signal("KILL");
                tmux.WaitForExit();
            }
            else
            {
                Quit(tmux);
            }
            var (left, took) = RemoteProcesses.WaitForNone(baseline, TimeSpan.FromSeconds(30));
            Say($"{fault.Name}: left after {(kill ? "kill -9" : "quit")} {left.Count} (looked {took.TotalSeconds:F1} s)");
            foreach (var p in droppedLeft.Concat(left))
            {
                _output.WriteLine("  left: " + p);
            }

            Assert.True(toSaid <= Said, $"'{Header(said.Screen)}' only after {toSaid.TotalSeconds:F1} s");
            Assert.True(headers.Count >= 3, $"the header was not redrawn during the fault: {string.Join(" | ", headers)}");
            Assert.True(toRecovered <= Said, $"live again only {toRecovered.TotalSeconds:F1} s after the fault ended");
            Assert.Equal(ganeti, shown);
            AssertAuditedJob(tmux, "failover", Instance, jobId, "gnt-instance failover -f --submit -n ");
            Assert.Empty(droppedLeft);
            Assert.Empty(left);
        }
        finally
        {
            fault.Restore();
            CloseMasters(runtime);
        }
    });

    private void Say(FormattableString figure) => _output.WriteLine("FIGURE " + figure.ToString(CultureInfo.InvariantCulture));

    private static bool NotAnswering(string header) =>
        header.Contains("▲ not answering", StringComparison.Ordinal) || header.Contains("▲ stale", StringComparison.Ordinal)
        || header.Contains("▲ not reached", StringComparison.Ordinal)
        // An ssh refused by the cluster's address is the master gone (issue 13's header, with :failover).
        || header.Contains("▲ master gone", StringComparison.Ordinal);

    private static string Header(string screen) => string.Join(' ', screen.Split('\n').Take(2)).Trim();

    private static (IReadOnlyList<RemoteProcess> Left, TimeSpan Took) WaitForGone(IReadOnlyList<RemoteProcess> processes, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var now = RemoteProcesses.Now();
            var left = processes.Where(p => now.Contains(p.Pid)).ToList();
            if (left.Count == 0 || clock.Elapsed > limit)
            {
                return (left, clock.Elapsed);
            }
            Thread.Sleep(250);
        }
    }

    /// <summary>The console's shared ssh connections outlive a kill -9 (ControlPersist): closed here, after they were counted.</summary>
    internal static void CloseMasters(string runtime)
    {
        var dir = Path.Combine(runtime, "gnt-tui");
        foreach (var socket in Directory.Exists(dir) ? Directory.GetFiles(dir, "cm-*") : [])
        {
            try
            {
                LabFault.Run("ssh", "-o", "ControlPath=" + socket, "-O", "exit", "lab");
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        }
        Directory.Delete(runtime, recursive: true);
    }
}

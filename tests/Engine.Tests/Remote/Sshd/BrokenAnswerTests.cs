using System.Diagnostics;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using Xunit.Abstractions;

namespace GntTui.Engine.Tests.Remote.Sshd;

/// <summary>
/// Issue 15's broken answers, over real ssh to the loopback sshd: the refresh loop reads a cluster
/// whose commands answer with Ganeti's own output (captured on the lab: Fixtures/ganeti/monitor),
/// then garbled text, random bytes, an answer held back, or an answer that never ends, then Ganeti's
/// output again. The monitor keeps publishing, flags the fault within 10 s of its start (stale, late,
/// lines not understood or rows refused, as the header shows them) and is clean again within 10 s
/// of its end. The figures are printed (docs/RELIABILITY.md, lab section).
/// </summary>
public sealed class BrokenAnswerTests : IClassFixture<LoopbackSshdFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan FaultLength = TimeSpan.FromSeconds(12);

    private readonly LoopbackSshd _sshd;
    private readonly ITestOutputHelper _output;

    public BrokenAnswerTests(LoopbackSshdFixture fixture, ITestOutputHelper output)
    {
        _sshd = fixture.Server;
        _output = output;
        Assert.True(_sshd.Unavailable is null, _sshd.Unavailable);
    }

    [SshdTheory]
    [InlineData("garbled")]
    [InlineData("binary")]
    [InlineData("held")]
    [InlineData("endless")]
    public async Task A_broken_answer_is_said_within_10_s_and_the_monitor_is_clean_again_within_10_s_of_its_end(string mode)
    {
        var dir = Directory.CreateTempSubdirectory("gnt-tui-broken-").FullName;
        try
        {
            var fake = WriteFakeGaneti(dir);
            await using var shell = _sshd.Shell(prefix: ["/bin/sh", fake]);
            var monitor = new ClusterMonitor(new GanetiClient(shell), "loopback") { Interval = TimeSpan.FromSeconds(5) };
            var published = 0;
            monitor.SnapshotPublished += _ => Interlocked.Increment(ref published);
            using var cts = new CancellationTokenSource();
            var loop = Task.Run(() => monitor.RunAsync(cts.Token));

            await Until(() => Clean(monitor.Current), TimeSpan.FromSeconds(30), "a first clean refresh");
            var nodes = monitor.Current.Nodes.Count;
            var clock = Stopwatch.StartNew();
            var before = Volatile.Read(ref published);
            File.WriteAllText(Path.Combine(dir, "mode"), mode);
            var said = await Until(() => !Clean(monitor.Current), TimeSpan.FromSeconds(60), $"the {mode} answer flagged");
            var flagged = monitor.Current;
            await Task.Delay(FaultLength - clock.Elapsed is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
            var during = Volatile.Read(ref published) - before;

            File.WriteAllText(Path.Combine(dir, "mode"), "good");
            var back = await Until(() => Clean(monitor.Current) && monitor.Current.TakenAt > DateTimeOffset.UtcNow - TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), "clean again");
            var memory = GC.GetTotalMemory(forceFullCollection: true);
            await cts.CancelAsync();
            await Quiet(loop);

            _output.WriteLine(System.FormattableString.Invariant(
                $"FIGURE {mode}: flagged after {said.TotalSeconds:F1} s as {flagged.Connection} '{Flag(flagged)}'; {during} snapshots published during the {FaultLength.TotalSeconds:F0} s fault; clean again {back.TotalSeconds:F1} s after it ended; managed heap after {memory / 1024 / 1024} MiB"));
            Assert.True(said <= Bound, $"{mode}: flagged only after {said.TotalSeconds:F1} s");
            Assert.True(back <= Bound, $"{mode}: clean again only after {back.TotalSeconds:F1} s");
            Assert.Equal(nodes, monitor.Current.Nodes.Count);
            Assert.True(memory < 512L * 1024 * 1024, $"{memory / 1024 / 1024} MiB held after the fault");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>What the header would say: nothing wrong (live, on time, everything understood).</summary>
    private static bool Clean(ClusterSnapshot s) =>
        s.Connection == ConnectionState.Live && s.Error is null && s.RefusedOrNone.Count == 0 && s.Nodes.Count > 0
        && !(s.LateAfter is { } late && DateTimeOffset.UtcNow > late);

    private static string Flag(ClusterSnapshot s) =>
        s.Error ?? (s.RefusedOrNone.Count > 0 ? s.RefusedOrNone.Summary : s.LateAfter is { } late && DateTimeOffset.UtcNow > late ? "not answering" : "");

    private static async Task<TimeSpan> Until(Func<bool> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < limit, $"no {what} within {limit.TotalSeconds} s");
            await Task.Delay(100);
        }
        return clock.Elapsed;
    }

    private static async Task Quiet(Task loop)
    {
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
            // A refresh in flight ends with the cancellation.
        }
    }

    /// <summary>
    /// A stand-in for the gnt-* commands, run remotely as "/bin/sh fake gnt-node list …": Ganeti's
    /// captured answer in mode good, the fault otherwise. A held answer waits for the mode to change.
    /// </summary>
    private static string WriteFakeGaneti(string dir)
    {
        var answers = Path.Combine(dir, "answers");
        Directory.CreateDirectory(answers);
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ganeti", "monitor")))
        {
            File.Copy(f, Path.Combine(answers, Path.GetFileName(f)));
        }
        File.WriteAllText(Path.Combine(dir, "mode"), "good");
        var script = Path.Combine(dir, "fake-ganeti");
        File.WriteAllText(script, $$"""
            d={{dir}}
            mode=$(cat "$d/mode")
            case "$mode" in
              garbled) head -c 6000 /dev/urandom | base64 -w 97; exit 0 ;;
              binary) head -c 300000 /dev/urandom; exit 0 ;;
              endless) exec yes 'node1.example.com|master|N|N|Y|1024|512|512|10240|5120|2|0|default' ;;
              held) while [ "$(cat "$d/mode")" = held ]; do sleep 0.2; done ;;
            esac
            exec cat "$d/answers/$1-$2.txt"
            """);
        return script;
    }
}

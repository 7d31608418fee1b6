using System.Diagnostics;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests.DiskFull;

/// <summary>
/// The state file on a real, full file system (a 4 MiB tmpfs, filled): the console keeps refreshing
/// and drawing, its header says the state file cannot be written, operations are refused before
/// anything is sent (the audit row comes first, and it cannot be written), and all of it resumes
/// once space is back.
/// </summary>
public sealed class StateFileFullTests(ITestOutputHelper output)
{
    [TmpfsFact]
    public async Task A_full_disk_refuses_operations_before_sending_says_so_in_the_header_and_resumes_when_space_returns()
    {
        using var tmpfs = new SmallTmpfs(4);
        var shell = new CountingShell();
        var client = new GanetiClient(shell);
        using var store = new StateStore(Path.Combine(tmpfs.Dir, "state.db"));
        var audit = new AuditLog(store);
        var runner = new OperationRunner(client, audit, "full.example.com", "alice@console");
        // The console saves its cache once a minute; here every refresh saves, so the refresh after the
        // disk filled is the one that finds it (in the console: the next save, within a minute).
        var monitor = new ClusterMonitor(client, "full.example.com", new SnapshotCache(store)) { CacheInterval = TimeSpan.Zero };
        var app = new ConsoleApp(new ConsoleOptions(ThemeLoader.LoadBuiltIn("default"), ReadOnly: false, IsDemo: false, "full") { Operator = "alice@console" }, _ => { }, monitor.Current);

        Assert.Equal(101, (await runner.SubmitAsync(new InstanceReboot("inst1.example.com", "before"), CancellationToken.None)).JobId);
        Assert.StartsWith("● live", Header(app, await monitor.RefreshAsync(CancellationToken.None)), StringComparison.Ordinal);

        tmpfs.Fill();
        var refusals = new List<string>();
        var clock = Stopwatch.StartNew();
        const int Tries = 20;
        for (var i = 0; i < Tries; i++)
        {
            var e = await Assert.ThrowsAsync<GanetiException>(() => runner.SubmitAsync(new InstanceReboot("inst1.example.com", "while full " + i), CancellationToken.None));
            refusals.Add(e.Message);
        }
        // A refusal of the console's own (a reason Ganeti cannot store) is still said as that refusal, not as the disk's error.
        var refusedReason = await Assert.ThrowsAsync<GanetiException>(() => runner.SubmitAsync(new InstanceReboot("inst1.example.com", "café"), CancellationToken.None));
        Assert.Equal(GanetiErrorKind.InvalidInput, refusedReason.Kind);
        var sentWhileFull = shell.Mutations.Count - 1;
        var whileFull = await monitor.RefreshAsync(CancellationToken.None);
        var header = Header(app, whileFull);

        Assert.Single(shell.Mutations); // only the one before the disk filled: nothing was sent while full
        Assert.All(refusals, m => Assert.Contains("state file", m, StringComparison.Ordinal));
        Assert.All(refusals, m => Assert.Contains("nothing was sent", m, StringComparison.Ordinal));
        Assert.Equal(ConnectionState.Live, whileFull.Connection); // the console keeps refreshing
        Assert.Contains("inst1.example.com", Render(app), StringComparison.Ordinal);
        Assert.Contains("state file", header, StringComparison.Ordinal);
        Assert.Contains("▲", header, StringComparison.Ordinal);

        tmpfs.Free();
        var resumed = await runner.SubmitAsync(new InstanceReboot("inst1.example.com", "after"), CancellationToken.None);
        var headerAfter = Header(app, await monitor.RefreshAsync(CancellationToken.None));

        Assert.Equal(2, shell.Mutations.Count);
        Assert.Equal(AuditStatus.Submitted, audit.Get(resumed.AuditId)!.Status);
        Assert.StartsWith("● live", headerAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("state file", headerAfter, StringComparison.Ordinal);
        Assert.Equal("ok", store.Scalar("PRAGMA integrity_check;"));
        Figures.Record(output, "state file on a full disk", $"{Tries} operations tried on a full 4 MiB tmpfs: {refusals.Count} refused before sending, "
            + $"{sentWhileFull} sent, in {clock.Elapsed.TotalMilliseconds:F0} ms; header while full: \"{header}\"; after space returned: 1 of 1 sent and audited, header \"{headerAfter}\", integrity_check ok");
        output.WriteLine("refusal: " + refusals[0]);
    }

    private static string Header(ConsoleApp app, ClusterSnapshot snapshot)
    {
        app.Handle(new LoopEvent.Message(snapshot));
        var screen = new Screen(200, 30);
        app.Render(screen);
        var row = screen.GetRowText(0);
        var at = row.IndexOfAny(['●', '▲', '◌']);
        var status = at < 0 ? row.Trim() : row[at..].Trim();
        var end = status.IndexOf("  ", StringComparison.Ordinal);
        return end < 0 ? status : status[..end];
    }

    private static string Render(ConsoleApp app)
    {
        var screen = new Screen(200, 30);
        app.Handle(new LoopEvent.KeyPressed(KeyEvent.Parse("2")));
        app.Render(screen);
        return screen.ToString();
    }
}

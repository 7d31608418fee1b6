using System.Diagnostics;
using GntTui.Engine.Store;
using GntTui.Engine.Text;
using GntTui.Faults.Tests.Hostile;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests.Terminal;

/// <summary>The Spectre printers of the built gnt-tui (<c>audit</c>) on a trail full of hostile text: nothing but printable text and newlines comes out.</summary>
public sealed class PrintedTextTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _home = Directory.CreateTempSubdirectory("gnt-tui-faults-print-").FullName;

    public void Dispose() => Directory.Delete(_home, recursive: true);

    [Fact]
    public async Task The_audit_printer_writes_two_thousand_hostile_rows_without_one_control_character()
    {
        var clock = Stopwatch.StartNew();
        var names = HostileNames.Generate(2_000, 15_003);
        using (var store = new StateStore(Path.Combine(_home, "gnt-tui", "state.db")))
        {
            var audit = new AuditLog(store);
            store.Execute("BEGIN;"); // one commit, not 4,000
            foreach (var h in names)
            {
                // Everything but the status (our own word) is text from the operator or the cluster.
                var id = audit.Begin(h, h, h, h, h, h);
                audit.Complete(id, AuditStatus.SubmitFailed, h, [h, h]);
            }
            store.Execute("COMMIT;");
        }

        var (exit, stdout, stderr) = await RunAsync("audit", "--limit", "2000");

        var bad = (stdout + stderr).Count(c => UntrustedText.IsUnsafe(c) && c != '\n');
        Figures.Record(output, "hostile text printed (gnt-tui audit)", $"{names.Count} hostile rows, {stdout.Length} characters printed: {bad} control or bidi characters, {clock.Elapsed.TotalSeconds:F1} s");
        Assert.True(exit == 0, stderr);
        Assert.True(stdout.Length > 100_000, stdout[..Math.Min(stdout.Length, 2000)]);
        Assert.Equal(0, bad);
        Assert.Contains("owned", stdout, StringComparison.Ordinal); // the hostile text is there, made harmless
    }

    private async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gnt-tui.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["XDG_STATE_HOME"] = _home;
        start.Environment["XDG_CONFIG_HOME"] = _home;
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}

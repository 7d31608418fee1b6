using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;
using GntTui.Tests.Support;

namespace GntTui.Simulator.Tests;

/// <summary>The simulated hosts' sh: what a client may send as one script.</summary>
public class ShellScriptTests
{
    private static SimCommandOutput Sh(SimulatedCluster c, string script, string host = "master") => c.Execute(host, ["sh", "-c", script]);

    [Fact]
    public void Scripts_run_gnt_commands_with_markers_statuses_and_redirections()
    {
        var (c, _) = TestClusters.Lab();
        var script = ShellQuote.Join(GanetiQueries.ClusterVersion()) + "; echo \"rc=$?\"; echo '--- marker'; gnt-node list --no-headers -o name 2>&1; false || echo fallback; true && echo chained";
        var r = Sh(c, script);
        Assert.Equal(0, r.ExitCode);
        Assert.EndsWith("VCS version: (ganeti) version v3.0.2\nrc=0\n--- marker\nnode1.example.com\nnode2.example.com\nnode3.example.com\nfallback\nchained\n", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stderr_and_exit_codes_pass_through()
    {
        var (c, _) = TestClusters.Lab();
        var r = Sh(c, "gnt-instance list nosuch; echo \"rc=$?\"; nosuchcmd 2>/dev/null; echo to-stderr >&2; exit 3");
        Assert.Equal(3, r.ExitCode);
        Assert.Equal("rc=1\n", r.Stdout);
        Assert.Equal("Failure: prerequisites not met for this operation:\nerror type: unknown_entity, error details:\nInstance 'nosuch' not known\nto-stderr\n", r.Stderr);
    }

    [Fact]
    public void Quoting_survives_the_trip()
    {
        var (c, _) = TestClusters.Lab();
        var argv = new[] { "gnt-node", "list", "--no-headers", "--separator=|", "-o", "name,role" };
        Assert.Equal(c.Run(argv).Stdout, Sh(c, ShellQuote.Join(argv)).Stdout);
        Assert.Equal("a b 'c' \"d\" $x\n", Sh(c, "echo 'a b' \"'c'\" '\"d\"' \\$x").Stdout);
    }

    [Fact]
    public void Unsupported_shell_features_are_refused_not_faked()
    {
        var (c, _) = TestClusters.Lab();
        var pipe = Sh(c, "gnt-node list | head -1");
        Assert.Equal(2, pipe.ExitCode);
        Assert.Contains("pipes are not supported", pipe.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, Sh(c, "echo 'unterminated").ExitCode);
        Assert.Equal(127, Sh(c, "frobnicate").ExitCode);
    }

    [Fact]
    public async Task A_loop_without_sleep_is_stopped()
    {
        var (c, _) = TestClusters.Lab();
        var r = await c.OpenShell().RunAsync(["sh", "-c", "while :; do true; done"], TimeSpan.FromSeconds(5), default);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("loop runs without sleeping", r.Stderr, StringComparison.Ordinal);
    }
}

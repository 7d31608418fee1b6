using GntTui.Engine.Planners;

namespace GntTui.Simulator.Tests;

/// <summary>
/// The demo speaks htools: hbal / hroller / hspace are the real binaries run on the simulated
/// cluster (skipped where they are not installed), "command not found" where they are not, and
/// gnt-cluster watcher in Ganeti's sentences.
/// </summary>
public sealed class PlannerTests
{
    private static bool HtoolsInstalled => HtoolsProcess.Locate("hbal") is not null;

    [Fact]
    public async Task Hbal_answers_with_a_plan_the_engine_reads()
    {
        if (!HtoolsInstalled)
        {
            return; // The not-installed answer is tested below; here there is nothing to run.
        }

        var c = DemoClusterFactory.Create(DemoSize.Small, 3);
        var shell = c.OpenShell();
        var timeout = TimeSpan.FromSeconds(30);
        var r = await shell.RunAsync(["hbal", "-L", "-C"], timeout, CancellationToken.None);
        Assert.True(r.ExitCode == 0, r.Stderr);
        var plan = HbalOutputParser.Parse(r.Stdout, r.Stderr);
        Assert.NotNull(plan.InitialScore);
        Assert.StartsWith("Loaded ", r.Stdout, StringComparison.Ordinal);

        var roll = await shell.RunAsync(["hroller", "-L"], timeout, CancellationToken.None);
        Assert.True(roll.ExitCode == 0, roll.Stderr);
        Assert.NotEmpty(HrollerOutputParser.Parse(roll.Stdout, roll.Stderr).Groups);

        var space = await shell.RunAsync(["hspace", "-L"], timeout, CancellationToken.None);
        Assert.True(space.ExitCode == 0, space.Stderr);
        Assert.NotNull(HspaceOutputParser.Parse(space.Stdout, space.Stderr).StandardAllocated);

        // -X needs Luxi: the real hbal refuses it on a text file, and so the demo never executes behind the console's back.
        var exec = await shell.RunAsync(["hbal", "-L", "-X"], timeout, CancellationToken.None);
        Assert.NotEqual(0, exec.ExitCode);
    }

    [Fact]
    public async Task Without_htools_the_master_says_command_not_found()
    {
        var c = DemoClusterFactory.Create(DemoSize.Small, 3);
        var p = HtoolsProcess.Resolve(c, "hbal", ["hbal", "-L", "-C"], _ => null);
        var io = new SimProcessIO(null);
        var code = await p.RunAsync(io, CancellationToken.None);
        Assert.Equal(127, code);
        Assert.Equal("bash: line 1: hbal: command not found\n", io.Stderr);
        Assert.Equal("", io.Stdout);
    }

    /// <summary>
    /// A planner the console stops waiting for (its 2-minute timeout, the console quitting) must not
    /// run on: at 20,000 instances hspace ran for over an hour per refresh, a core each, after the
    /// console that asked had gone. "sleep" stands in for the slow htools program.
    /// </summary>
    [Fact]
    public async Task A_cancelled_planner_run_leaves_no_process_behind()
    {
        var c = DemoClusterFactory.Create(DemoSize.Small, 3);
        var marker = $"{317 + Random.Shared.Next(1000)}.{Random.Shared.Next(100, 999)}";
        var p = HtoolsProcess.Resolve(c, "hspace", ["hspace", marker], _ => "/bin/sleep");
        using var cancel = new CancellationTokenSource();
        var run = p.RunAsync(new SimProcessIO(null), cancel.Token);
        await WaitUntil(() => Running(marker), "the stand-in to start");

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        await WaitUntil(() => !Running(marker), "the stand-in to be gone");
    }

    // A live process (not a zombie) whose command line is "sleep MARKER".
    private static bool Running(string marker) =>
        Directory.EnumerateDirectories("/proc").Any(d =>
        {
            try
            {
                return File.ReadAllText(Path.Combine(d, "cmdline")) == $"/bin/sleep\0{marker}\0"
                    && !File.ReadAllText(Path.Combine(d, "stat")).Contains(") Z ", StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        });

    private static async Task WaitUntil(Func<bool> condition, string what)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "timed out waiting for " + what);
    }

    [Fact]
    public void Watcher_pause_info_continue_in_ganetis_sentences()
    {
        var c = DemoClusterFactory.Create(DemoSize.Small, 3);
        Assert.Equal("The watcher is not paused.\n", c.Execute("master", ["gnt-cluster", "watcher", "info"]).Stdout);
        var paused = c.Execute("master", ["gnt-cluster", "watcher", "pause", "3600"]).Stdout;
        Assert.Matches(@"^The watcher is paused until (Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ 123]\d \d\d:\d\d:\d\d \d{4}\.\n$", paused);
        Assert.True(WatcherOutputParser.Parse(paused).Paused);
        Assert.Equal(paused, c.Execute("master", ["gnt-cluster", "watcher", "info"]).Stdout);
        Assert.Equal("The watcher is no longer paused.\n", c.Execute("master", ["gnt-cluster", "watcher", "continue"]).Stdout);
        Assert.Equal("The watcher is not paused.\n", c.Execute("master", ["gnt-cluster", "watcher", "info"]).Stdout);
        Assert.Equal(1, c.Execute("master", ["gnt-cluster", "watcher", "pause", "soon"]).ExitCode);
    }
}

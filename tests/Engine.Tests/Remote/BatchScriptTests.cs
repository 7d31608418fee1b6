using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote;

public class BatchScriptTests
{
    // BrokenAnswerTests: an endless list answer in a refresh batch went into the node's temp dir (16 GB
    // in a minute), the refresh hung until its 60 s timeout and the writers ran on after it. Each
    // command's output is cut on the node just past what the console would accept, which also ends
    // the writer, so the batch ends and the console's own limit refuses the answer at once.
    [Fact]
    public async Task An_endless_command_in_a_batch_is_cut_on_the_node_and_the_batch_refused_at_once()
    {
        await using var shell = new LocalShell();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var line = "endless-" + Guid.NewGuid().ToString("N");

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => shell.RunBatchAsync([["yes", line], ["true"]], TimeSpan.FromSeconds(60), CancellationToken.None));

        Assert.Equal(RemoteFailure.OutputTooLarge, e.Failure);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"refused only after {clock.Elapsed.TotalSeconds:F0} s");
        var left = await ProcessRunner.RunAsync(["pgrep", "-f", "^yes " + line], TimeSpan.FromSeconds(10), CancellationToken.None);
        Assert.True(left.ExitCode == 1, $"the writer still runs: {left.Stdout}");
    }

    [Fact]
    public async Task Several_commands_in_one_shell_come_back_apart()
    {
        await using var shell = new LocalShell();
        var results = await shell.RunBatchAsync(
        [
            ["printf", "a|b\nc|d\n"],
            ["sh", "-c", "echo oops >&2; exit 3"],
            ["printf", "no newline"],
            ["true"],
            ["printf", "@@gnt-tui-0000000000000000@@ begin 0\n@@gnt-tui-0000000000000000@@ end 0 7\n"],
        ], TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal(5, results.Count);
        Assert.Equal("a|b\nc|d\n", results[0].Stdout);
        Assert.Equal(0, results[0].ExitCode);
        Assert.Equal(3, results[1].ExitCode);
        Assert.Equal("oops\n", results[1].Stderr);
        Assert.Equal("", results[1].Stdout);
        Assert.Equal("no newline\n", results[2].Stdout);
        Assert.Equal("", results[3].Stdout);
        // A command printing something marker-like does not confuse the framing of the others.
        Assert.Equal(0, results[4].ExitCode);
    }

    [Fact]
    public void A_cut_off_batch_is_a_dropped_connection_not_empty_lists()
    {
        var batch = new BatchScript([["gnt-node", "list"], ["gnt-job", "list"]]);
        var begin = batch.Argv[2].Split('\'')[1];
        var whole = new CommandResult(255, begin + "\nnode1|M\n", "", TimeSpan.Zero);

        var e = Assert.Throws<RemoteShellException>(() => batch.Split(whole));
        Assert.Equal(RemoteFailure.ConnectionDropped, e.Failure);
    }

    [Fact]
    public async Task Commands_of_a_batch_run_concurrently()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var flag = Path.Combine(dir, "flag");
        await using var shell = new LocalShell();

        // The first waits for a file only the second creates: run one after the other, it would time out.
        var results = await shell.RunBatchAsync(
        [
            ["sh", "-c", $"for i in $(seq 100); do [ -e {flag} ] && echo seen && exit 0; sleep 0.05; done; exit 9"],
            ["touch", flag],
        ], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(0, results[0].ExitCode);
        Assert.Equal("seen\n", results[0].Stdout);
    }

    [Fact]
    public async Task Commands_do_not_read_the_batchs_stdin()
    {
        await using var shell = new LocalShell();
        var results = await shell.RunBatchAsync([["cat"], ["echo", "after"]], TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal("after\n", results[1].Stdout);
    }
}

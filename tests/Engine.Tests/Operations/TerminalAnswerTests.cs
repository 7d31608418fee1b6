using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Operations;

/// <summary>failover --ignore-consistency asks even with -f; the Engine answers on a terminal, nothing else does.</summary>
public sealed class TerminalAnswerTests
{
    [Fact]
    public async Task Ignore_consistency_is_answered_yes_on_a_terminal_and_the_job_id_read_after_the_prompt()
    {
        var c = FakeCluster.ThreeNodes().Instance("inst3.example.com", "sharedfile", "node3.example.com");
        c.Node("node3.example.com").Offline = true;

        var job = await new GanetiClient(c).SubmitAsync(new InstanceFailover("inst3.example.com", "dead node", ignoreConsistency: true), CancellationToken.None);

        Assert.Equal("y\n", Assert.Single(c.TerminalAnswers));
        Assert.Equal(["gnt-instance", "failover", "-f", "--submit", "--ignore-consistency", "--reason", "dead node", "inst3.example.com"], Assert.Single(c.Mutations));
        Assert.Equal(c.Jobs.Single().Id, job);
        Assert.Equal("node1.example.com", c.Inst("inst3.example.com").Primary);
    }

    [Fact]
    public async Task Other_operations_never_get_a_terminal()
    {
        var c = FakeCluster.ThreeNodes().Instance("inst3.example.com", "sharedfile", "node3.example.com");

        await new GanetiClient(c).SubmitAsync(new InstanceFailover("inst3.example.com"), CancellationToken.None);
        await new GanetiClient(c).SubmitAsync(new InstanceMigrate("inst3.example.com", targetNode: "node3.example.com"), CancellationToken.None);

        Assert.Empty(c.TerminalAnswers);
        Assert.Equal(2, c.Mutations.Count);
    }

    [Fact]
    public async Task A_refusal_on_the_terminal_is_ganetis_message_without_the_question()
    {
        var shell = new TerminalScript(1, "y\nTo failover instance inst3.example.com, the source node must be marked\noffline first. Is this already the case?\ny/[n]/?: Failure: prerequisites not met for this operation:\nerror type: wrong_state, error details:\nInstance's disk layout 'file' does not allow failovers\n");

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).SubmitAsync(new InstanceFailover("inst3.example.com", ignoreConsistency: true), CancellationToken.None));

        Assert.Equal(GanetiErrorKind.PrerequisitesNotMet, e.Kind);
        Assert.Equal("Instance's disk layout 'file' does not allow failovers", e.Message);
    }

    [Fact]
    public async Task A_shell_without_a_terminal_runs_it_plainly_and_ganetis_silent_no_is_explained()
    {
        var op = new InstanceFailover("inst3.example.com", ignoreConsistency: true);
        var shell = new ScriptedShell().On(op.BuildArgv(), "", exitCode: 1);

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(shell).SubmitAsync(op, CancellationToken.None));

        Assert.Equal(GanetiErrorKind.PromptWithoutTerminal, e.Kind);
    }

    [Fact]
    public async Task Read_only_refuses_before_any_terminal_is_opened()
    {
        var c = FakeCluster.ThreeNodes().Instance("inst3.example.com", "sharedfile", "node3.example.com");

        var e = await Assert.ThrowsAsync<GanetiException>(() => new GanetiClient(c, readOnly: true).SubmitAsync(new InstanceFailover("inst3.example.com", ignoreConsistency: true), CancellationToken.None));

        Assert.Equal(GanetiErrorKind.ReadOnly, e.Kind);
        Assert.Empty(c.TerminalAnswers);
        Assert.Empty(c.Mutations);
    }

    [Fact]
    public async Task The_local_shell_types_the_answer_on_a_real_pseudo_terminal()
    {
        var shell = new LocalShell();

        // Reads from /dev/tty, as Ganeti's AskUser does, so a pipe would not do.
        var r = await shell.RunWithTerminalAsync(["sh", "-c", "test -t 0 || exit 9; printf 'Continue?\\ny/[n]/?: ' >/dev/tty; read a </dev/tty; echo \"got $a\""], "y\n", TimeSpan.FromSeconds(20), CancellationToken.None);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("got y", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", r.Stdout, StringComparison.Ordinal);
    }

    /// <summary>A terminal shell with one canned answer.</summary>
    private sealed class TerminalScript(int exitCode, string output) : IRemoteShell, ITerminalShell
    {
        public string Target => "terminal-script";

        public Task<CommandResult> RunWithTerminalAsync(IReadOnlyList<string> argv, string answer, TimeSpan timeout, CancellationToken ct) =>
            Task.FromResult(new CommandResult(exitCode, output, "Connection to x closed.\n", TimeSpan.Zero));

        public Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct) => throw new InvalidOperationException("no plain runs");

        public Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct) => throw new InvalidOperationException();

        public Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct) => throw new InvalidOperationException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

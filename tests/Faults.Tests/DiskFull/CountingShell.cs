using System.Collections.Concurrent;
using GntTui.Engine.Remote;

namespace GntTui.Faults.Tests.DiskFull;

/// <summary>A master that accepts every mutation (as Ganeti prints it: "JobID: N") and counts what reached it.</summary>
public sealed class CountingShell : IRemoteShell
{
    private long _jobs = 100;

    public ConcurrentQueue<string> Mutations { get; } = new();

    public string Target => "counting";

    public Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct)
    {
        if (argv.Contains("--submit"))
        {
            Mutations.Enqueue(ShellQuote.Join(argv));
            return Task.FromResult(new CommandResult(0, "", $"JobID: {Interlocked.Increment(ref _jobs)}\n", TimeSpan.Zero));
        }
        return Task.FromResult(Answer(argv));
    }

    public Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CommandResult>>(commands.Select(Answer).ToList());

    public Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct) =>
        Task.FromResult(new CommandResult(0, "", "", TimeSpan.Zero));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static CommandResult Answer(IReadOnlyList<string> argv)
    {
        var stdout = (argv[0], argv[1]) switch
        {
            ("gnt-cluster", "info") => "Cluster name: full.example.com\nMaster node: node1.example.com\n",
            ("gnt-cluster", "version") => "Software version: 3.0.2\n",
            ("gnt-node", "list") => "node1.example.com|M|N|N|Y|24105|624|22982|258019|79605|1|0|default\n",
            ("gnt-instance", "list") => "inst1.example.com|running|Y|up|node1.example.com||diskless|128|1|128\n",
            _ => "",
        };
        return new CommandResult(0, stdout, "", TimeSpan.Zero);
    }
}

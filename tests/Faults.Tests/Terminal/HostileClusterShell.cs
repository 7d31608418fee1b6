using GntTui.Engine.Remote;

namespace GntTui.Faults.Tests.Terminal;

/// <summary>
/// A master whose answers carry hostile text in every free-text field Ganeti prints (node groups,
/// instance states and disk templates, job summaries, error messages), in the exact list format
/// the console asks for; names that fail validation come as whole rows of their own.
/// </summary>
public sealed class HostileClusterShell(IReadOnlyList<string> hostile, bool failing = false) : IRemoteShell
{
    public string Target => "hostile";

    public Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct) =>
        Task.FromResult(Answer(argv));

    public Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<CommandResult>>(commands.Select(Answer).ToList());

    public Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct) =>
        Task.FromResult(Answer(argv));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private CommandResult Answer(IReadOnlyList<string> argv)
    {
        if (failing)
        {
            return new CommandResult(1, "", "Failure: prerequisites not met for this operation:\n" + string.Join("\n", hostile), TimeSpan.Zero);
        }
        var lines = (argv[0], argv[1]) switch
        {
            ("gnt-cluster", "info") => ["Cluster name: " + hostile[0], "Master node: node1.example.com", "Architecture (this node): 3.0.2 (x86_64)"],
            ("gnt-cluster", "version") => ["Software version: 3.0.2", "Internode protocol: 3000000"],
            ("gnt-node", "list") => hostile.SelectMany((h, i) => new[]
            {
                $"node{i}.example.com|{(i == 0 ? "M" : "R")}|N|N|Y|24105|624|22982|258019|79605|2|0|{h}",
                $"{h}|R|N|N|Y|24105|624|22982|258019|79605|2|0|default",
            }),
            ("gnt-instance", "list") => hostile.SelectMany((h, i) => new[]
            {
                $"inst{i}.example.com|{h}|Y|up|node0.example.com|node1.example.com|{h}|512|1|512",
                $"{h}|running|Y|up|node0.example.com||drbd|512|1|512",
            }),
            ("gnt-job", "list") => hostile.Select((h, i) => $"{100 + i}|error|{h}|1700000000.0|1700000000.5|1700000001.0"),
            _ => (IEnumerable<string>)[],
        };
        return new CommandResult(0, string.Join("\n", lines) + "\n", "", TimeSpan.Zero);
    }
}

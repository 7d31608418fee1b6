using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Fakes;

/// <summary>
/// A shell that expects exact argv and answers with canned output (lazygit's fake runner idea):
/// a command nobody scripted fails the test instead of passing silently.
/// </summary>
internal sealed class ScriptedShell : IRemoteShell
{
    private readonly Dictionary<string, Queue<Func<CommandResult>>> _answers = new(StringComparer.Ordinal);

    public List<IReadOnlyList<string>> Calls { get; } = [];

    public int BatchCalls { get; private set; }

    public string Target => "scripted";

    public ScriptedShell On(IReadOnlyList<string> argv, string stdout, int exitCode = 0, string stderr = "") =>
        On(argv, () => new CommandResult(exitCode, stdout, stderr, TimeSpan.FromMilliseconds(1)));

    public ScriptedShell On(IReadOnlyList<string> argv, Func<CommandResult> answer)
    {
        var key = Key(argv);
        if (!_answers.TryGetValue(key, out var q))
        {
            _answers[key] = q = new Queue<Func<CommandResult>>();
        }
        q.Enqueue(answer);
        return this;
    }

    public Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct)
    {
        Calls.Add(argv);
        var key = Key(argv);
        if (!_answers.TryGetValue(key, out var q) || q.Count == 0)
        {
            throw new InvalidOperationException("unexpected command: " + key);
        }
        var answer = q.Count > 1 ? q.Dequeue() : q.Peek();
        return Task.FromResult(answer());
    }

    public async Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct)
    {
        BatchCalls++;
        var results = new List<CommandResult>();
        foreach (var c in commands)
        {
            results.Add(await RunAsync(c, timeout, ct));
        }
        return results;
    }

    public async Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct)
    {
        var r = await RunAsync(argv, Timeout.InfiniteTimeSpan, ct);
        foreach (var line in r.Stdout.Split('\n'))
        {
            await onLine(line);
        }
        return r with { Stdout = "" };
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>The runner tags every reason with a fresh <see cref="ReasonMarker"/>: scripts name the argv without it.</summary>
    private static string Key(IReadOnlyList<string> argv)
    {
        var plain = new List<string>(argv.Count);
        for (var i = 0; i < argv.Count; i++)
        {
            if (argv[i] == "--reason" && i + 1 < argv.Count)
            {
                var reason = ReasonMarker.Strip(argv[++i]);
                if (reason.Length > 0)
                {
                    plain.Add("--reason");
                    plain.Add(reason);
                }

                continue;
            }

            plain.Add(argv[i]);
        }

        return string.Join('\u001f', plain);
    }
}

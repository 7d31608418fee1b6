namespace GntTui.Simulator;

/// <summary>Runs a parsed sh -c script on a simulated host; sleeps wait on the simulation's clock.</summary>
internal sealed class ShellScriptProcess(SimulatedCluster cluster, SimCommandRouter router, string host, string script) : SimProcess
{
    /// <summary>A loop that never lets time pass would spin forever; a real one would too, but not on our CPU.</summary>
    private const int MaxIterationsWithoutTime = 10_000;

    private int _last;

    public override async Task<int> RunAsync(SimProcessIO io, CancellationToken ct)
    {
        ShNode tree;
        try
        {
            tree = ShParser.Parse(script);
        }
        catch (FormatException e)
        {
            io.ErrLine("sh: 1: " + e.Message);
            return 2;
        }
        try
        {
            return await Exec(tree, io, ct).ConfigureAwait(false);
        }
        catch (ExitException e)
        {
            return e.Code;
        }
    }

    private async Task<int> Exec(ShNode node, SimProcessIO io, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        switch (node.Kind)
        {
            case ShNodeKind.List:
                foreach (var (op, item) in node.Items)
                {
                    if ((op == "&&" && _last != 0) || (op == "||" && _last == 0))
                    {
                        continue;
                    }
                    _last = await Exec(item, io, ct).ConfigureAwait(false);
                }
                return _last;
            case ShNodeKind.While:
                var spins = 0;
                while (true)
                {
                    var before = cluster.Time.GetUtcNow();
                    if (await Exec(node.Condition!, io, ct).ConfigureAwait(false) != 0)
                    {
                        return 0;
                    }
                    await Exec(node.Body!, io, ct).ConfigureAwait(false);
                    spins = cluster.Time.GetUtcNow() == before ? spins + 1 : 0;
                    if (spins > MaxIterationsWithoutTime)
                    {
                        io.ErrLine("sh: 1: simulated shell: loop runs without sleeping; stopped");
                        return 1;
                    }
                }
            default:
                return await Command(node, io, ct).ConfigureAwait(false);
        }
    }

    private async Task<int> Command(ShNode node, SimProcessIO io, CancellationToken ct)
    {
        if (node.Words.Count == 0)
        {
            return _last;
        }
        var words = node.Words.Select(w => w.Replace(ShParser.LastStatus.ToString(), GanetiFormat.Num(_last), StringComparison.Ordinal)).ToList();
        if (words[0] == "exit")
        {
            throw new ExitException(words.Count > 1 && int.TryParse(words[1], System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : _last);
        }
        var child = new SimProcessIO(node.DropStdout ? _ => ValueTask.CompletedTask
            : node.StdoutToStderr ? line => { io.ErrLine(line); return ValueTask.CompletedTask; }
            : line => io.OutLine(line));
        var result = await router.Resolve(host, words).RunAsync(child, ct).ConfigureAwait(false);
        await child.Flush().ConfigureAwait(false);
        if (node.StderrToStdout && !node.DropStdout)
        {
            await io.Out(child.Stderr).ConfigureAwait(false);
        }
        else if (!node.DropStderr && !node.StderrToStdout)
        {
            io.Err(child.Stderr);
        }
        return result;
    }

    private sealed class ExitException(int code) : Exception
    {
        public int Code { get; } = code;
    }
}

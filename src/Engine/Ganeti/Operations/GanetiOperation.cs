namespace GntTui.Engine.Ganeti.Operations;

/// <summary>
/// A mutating request to the cluster. It builds the exact argv run on the master: always
/// <c>--submit</c> (we follow the job ourselves) and <c>-f</c> where Ganeti would prompt, because
/// without a TTY its prompts silently answer "no"; the console does the confirming.
/// </summary>
public abstract record GanetiOperation(string Reason)
{
    /// <summary>What it acts on ("inst1.example.com", "node2.example.com", "job 42").</summary>
    public abstract string TargetName { get; }

    /// <summary>Short verb for lists and the audit log ("migrate", "drain").</summary>
    public abstract string Verb { get; }

    public abstract OperationKind Kind { get; }

    /// <summary>The argv run on the master; names validated here, quoted by the shell.</summary>
    public IReadOnlyList<string> BuildArgv()
    {
        var argv = new List<string>(Command());
        if (!string.IsNullOrWhiteSpace(Reason))
        {
            argv.Add("--reason");
            argv.Add(Reason);
        }
        argv.AddRange(Arguments());
        return argv;
    }

    /// <summary>The command and its options, before <c>--reason</c>.</summary>
    protected abstract IEnumerable<string> Command();

    /// <summary>Positional arguments, after every option.</summary>
    protected abstract IEnumerable<string> Arguments();
}

namespace GntTui.Simulator;

/// <summary>
/// Faults for tests and for showing off error handling in the demo: transport faults hit the
/// simulated shells (hangs, dropped connections, garbage, unreachable hosts, latency); cluster
/// faults hit the simulation itself (a migration the hypervisor aborts).
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = [];
    private readonly Dictionary<string, int> _failingMigrations = new(StringComparer.OrdinalIgnoreCase);
    private readonly SimRandom _garbage;

    internal FaultInjector(TimeProvider time)
    {
        _garbage = new SimRandom(time.GetUtcNow().UtcTicks);
    }

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules];
            }
        }
    }

    public FaultRule Hang(string? commandPrefix = null, string? host = null, int times = 1) =>
        Add(new FaultRule(FaultKind.Hang, host, commandPrefix, times));

    public FaultRule DropConnection(string? commandPrefix = null, string? host = null, int afterLines = 0, int times = 1) =>
        Add(new FaultRule(FaultKind.DropConnection, host, commandPrefix, times) { AfterLines = afterLines });

    public FaultRule Garbage(string? commandPrefix = null, string? host = null, int times = 1) =>
        Add(new FaultRule(FaultKind.Garbage, host, commandPrefix, times));

    /// <summary>The host stops answering SSH until the rule is removed.</summary>
    public FaultRule Unreachable(string host) => Add(new FaultRule(FaultKind.Unreachable, host, null, -1));

    public FaultRule Latency(TimeSpan delay, string? commandPrefix = null, string? host = null, int times = -1) =>
        Add(new FaultRule(FaultKind.Latency, host, commandPrefix, times) { Delay = delay });

    /// <summary>The next live migration of <paramref name="instance"/> fails during the memory copy.</summary>
    public void FailNextMigration(string instance)
    {
        lock (_gate)
        {
            _failingMigrations[instance] = _failingMigrations.GetValueOrDefault(instance) + 1;
        }
    }

    public void Remove(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Remove(rule);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
            _failingMigrations.Clear();
        }
    }

    /// <summary>The first rule for this command, using up one of its fires.</summary>
    internal FaultRule? Take(string host, IReadOnlyList<string> argv)
    {
        var command = string.Join(' ', argv);
        lock (_gate)
        {
            var rule = _rules.FirstOrDefault(r => r.Matches(host, command));
            if (rule is not null && rule.Remaining > 0)
            {
                rule.Remaining--;
            }
            return rule;
        }
    }

    internal bool TakeMigrationFailure(string instance)
    {
        lock (_gate)
        {
            if (_failingMigrations.GetValueOrDefault(instance) <= 0)
            {
                return false;
            }
            _failingMigrations[instance]--;
            return true;
        }
    }

    /// <summary>Output no parser should accept: control bytes, half an escape sequence, a torn line.</summary>
    internal string GarbageText()
    {
        lock (_gate)
        {
            var chars = new char[200];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)_garbage.Between(1, 0x7F);
            }
            chars[50] = '\n';
            chars[120] = '\n';
            return "\u001b[?1049h" + new string(chars) + "|||*?\u0000\n";
        }
    }

    private FaultRule Add(FaultRule rule)
    {
        lock (_gate)
        {
            _rules.Add(rule);
        }
        return rule;
    }
}

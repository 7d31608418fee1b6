namespace GntTui.Simulator;

/// <summary>
/// One Ganeti opcode: what it locks, its input fields for gnt-job info, and its execution as a
/// sequence of steps. <see cref="Run"/> yields how long to wait before the next step; it throws
/// <see cref="SimOpException"/> for the failures Ganeti itself would raise.
/// </summary>
internal abstract class SimOpcode(SimClientInfo client)
{
    public SimClientInfo Client { get; } = client;

    /// <summary>OP_INSTANCE_MIGRATE, …</summary>
    public abstract string OpId { get; }

    /// <summary>The job summary: INSTANCE_MIGRATE(inst1.example.com).</summary>
    public abstract string Summary { get; }

    /// <summary>Whether the opcode takes --dry-run (and so lists dry_run among its inputs).</summary>
    protected virtual bool HasDryRun => true;

    /// <summary>Names of the locks the job needs before it runs ("instance/x", "node/y").</summary>
    public abstract IEnumerable<string> LockNames(SimulatedCluster cluster);

    public abstract IEnumerable<TimeSpan> Run(SimJobContext ctx);

    /// <summary>The opcode-specific input fields, as gnt-job info lists them.</summary>
    protected abstract void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster);

    public SortedDictionary<string, object?> InputFields(SimJob job, SimulatedCluster cluster)
    {
        var fields = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["OP_ID"] = OpId,
            ["comment"] = null,
            ["debug_level"] = 0L,
            ["depends"] = null,
            ["priority"] = 0L,
            ["reason"] = ReasonTrail(job),
        };
        if (HasDryRun)
        {
            fields["dry_run"] = false;
        }
        AddInputs(fields, job, cluster);
        return fields;
    }

    private List<object?> ReasonTrail(SimJob job)
    {
        var trail = new List<object?>();
        var at = GanetiFormat.EpochNano(Client.At);
        if (!string.IsNullOrEmpty(Client.UserReason))
        {
            trail.Add(new List<object?> { "gnt:user", Client.UserReason, at });
        }
        trail.Add(new List<object?> { "gnt:client:" + Client.Binary, Client.Command, at });
        var opName = OpId["OP_".Length..].ToLowerInvariant();
        trail.Add(new List<object?> { "gnt:opcode:" + opName, $"job={job.Id};index=0", GanetiFormat.EpochNano(job.Received) });
        return trail;
    }
}

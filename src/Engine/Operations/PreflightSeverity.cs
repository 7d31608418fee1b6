namespace GntTui.Engine.Operations;

/// <summary>How much a pre-flight finding stands in the way, mildest first.</summary>
public enum PreflightSeverity
{
    /// <summary>Worth knowing (where the iallocator will send it, what ETA a resync has).</summary>
    Info,
    /// <summary>Allowed, but the operator should read it (N+1 redundancy lost, data unknown).</summary>
    Warning,
    /// <summary>Ganeti would refuse it or it is unsafe: only a typed override lets it through.</summary>
    Blocker,
}

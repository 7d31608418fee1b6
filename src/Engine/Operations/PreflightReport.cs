using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Operations;

/// <summary>
/// What the pre-flight found for one operation. A blocker is overridden only by typing the name
/// of what the operation acts on (<see cref="OverrideText"/>), so a stray Enter never sends it.
/// </summary>
public sealed record PreflightReport(GanetiOperation Operation, IReadOnlyList<PreflightFinding> Findings)
{
    public IReadOnlyList<PreflightFinding> Blockers => Findings.Where(f => f.Severity == PreflightSeverity.Blocker).ToList();

    public IReadOnlyList<PreflightFinding> Warnings => Findings.Where(f => f.Severity == PreflightSeverity.Warning).ToList();

    public bool HasBlockers => Findings.Any(f => f.Severity == PreflightSeverity.Blocker);

    public bool RequiresTypedOverride => HasBlockers;

    /// <summary>What the operator must type to send it anyway: the instance or node name; null when nothing blocks.</summary>
    public string? OverrideText => HasBlockers ? Operation.TargetName : null;

    /// <summary>Whether the operation may be sent, given what the operator typed (ignored when nothing blocks).</summary>
    public bool Allows(string? typed) =>
        !HasBlockers || string.Equals(typed?.Trim(), OverrideText, StringComparison.Ordinal);

    public bool Has(string code) => Findings.Any(f => f.Code == code);

    /// <summary>Worst first, then in the order found: how a dialog lists them.</summary>
    public IReadOnlyList<PreflightFinding> Ordered =>
        Findings.Select((f, i) => (f, i)).OrderByDescending(x => x.f.Severity).ThenBy(x => x.i).Select(x => x.f).ToList();
}

namespace GntTui.Engine.Operations;

/// <summary>An operation stopped by pre-flight blockers the operator did not override: nothing was sent.</summary>
public sealed class PreflightBlockedException : Exception
{
    public PreflightBlockedException(PreflightReport report)
        : base(Describe(report))
    {
        Report = report;
    }

    public PreflightReport Report { get; }

    private static string Describe(PreflightReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"pre-flight blocks {report.Operation.Verb} {report.Operation.TargetName}: {string.Join("; ", report.Blockers.Select(b => b.Message))}";
    }
}

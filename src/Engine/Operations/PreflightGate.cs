
namespace GntTui.Engine.Operations;

/// <summary>
/// The door between a pre-flight report and <see cref="OperationRunner"/>: blocked operations are
/// audited as refused and never sent, unless the operator typed the override text; an override is
/// written into the <c>--reason</c> so Ganeti's job records it too.
/// </summary>
public static class PreflightGate
{
    public static async Task<SubmittedOperation> SubmitAsync(OperationRunner runner, PreflightReport report, string? typedOverride, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(report);
        if (!report.Allows(typedOverride))
        {
            var blocked = new PreflightBlockedException(report);
            runner.Refuse(report.Operation, blocked.Message);
            throw blocked;
        }
        var op = report.HasBlockers
            ? report.Operation with { Reason = $"{report.Operation.Reason} (overrode: {string.Join(", ", report.Blockers.Select(b => b.Code).Distinct())})".Trim() }
            : report.Operation;
        return await runner.SubmitAsync(op, ct).ConfigureAwait(false);
    }
}

using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>
/// Where a dialog's pre-flight runs. Inline (tests, and whenever no loop is there to post to): the
/// findings are ready when the dialog is. Off the loop: at 20,000 instances a check with its N+1
/// comparison takes tens of milliseconds, and it is done again on every new snapshot or DRBD
/// sample while the dialog is open, so the loop that paints only starts it and takes the answer as
/// a message (<see cref="PreflightChecked"/>). A newer start cancels the older one.
/// </summary>
internal sealed class PreflightRunner
{
    private readonly Action<object>? _post;
    private CancellationTokenSource? _pending;

    private PreflightRunner(Action<object>? post)
    {
        _post = post;
    }

    public static PreflightRunner Inline => new(null);

    public bool InBackground => _post is not null;

    public static PreflightRunner OffLoop(Action<object> post)
    {
        ArgumentNullException.ThrowIfNull(post);
        return new PreflightRunner(post);
    }

    public static PreflightReport Check(GanetiOperation op, ConsoleData data) =>
        Preflight.Check(op, data.Snapshot, data.Drbd, data.Own.Placeholders);

    /// <summary>Starts checking <paramref name="operations"/> against <paramref name="data"/>; the answer is posted for <paramref name="dialog"/>.</summary>
    public void Start(OperationDialog dialog, int generation, IReadOnlyList<GanetiOperation> operations, ConsoleData data)
    {
        var post = _post ?? throw new InvalidOperationException("an inline runner checks in the dialog");
        Cancel();
        var pending = new CancellationTokenSource();
        _pending = pending;
        var token = pending.Token;
        _ = Task.Run(() =>
        {
            try
            {
                var reports = new List<PreflightReport>(operations.Count);
                foreach (var op in operations)
                {
                    token.ThrowIfCancellationRequested();
                    reports.Add(Check(op, data));
                }

                post(new PreflightChecked(dialog, generation, reports, null));
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                // A newer check (or the dialog closing) replaced this one.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Whatever fails here must reach the dialog, which says so, not vanish with the task.
                post(new PreflightChecked(dialog, generation, [], "the pre-flight failed: " + e.Message));
            }
        }, token);
    }

    /// <summary>Drops the check in flight: the dialog closed, or asked again.</summary>
    public void Cancel()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = null;
    }
}

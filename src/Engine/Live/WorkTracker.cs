using System.Collections.Concurrent;

namespace GntTui.Engine.Live;

/// <summary>
/// Every task a session starts, kept until it ends, so shutdown can wait for all of them; a task
/// that fails unexpectedly is said, never lost.
/// </summary>
internal sealed class WorkTracker
{
    private readonly ConcurrentDictionary<Task, byte> _work = new();
    private readonly Action<Exception> _failed;

    public WorkTracker(Action<Exception> failed) => _failed = failed;

    /// <summary>Runs <paramref name="work"/> on the thread pool, tracked.</summary>
    public void Run(Func<Task> work) => Track(Task.Run(work, CancellationToken.None));

    public void Track(Task task)
    {
        _work[task] = 0;
        _ = task.ContinueWith(t =>
        {
            _work.TryRemove(t, out _);
            if (t.Exception is { InnerException: { } e } && e is not OperationCanceledException)
            {
                _failed(e);
            }
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Everything started so far has ended (faults and cancellations included).</summary>
    public async Task WhenIdle()
    {
        while (!_work.IsEmpty)
        {
            try
            {
                await Task.WhenAll(_work.Keys).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Said by the continuation already; waiting is all that is asked here.
            }
        }
    }
}

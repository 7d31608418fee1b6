using GntTui.Engine.Remote;

namespace GntTui.Engine.Drbd;

/// <summary>
/// The sampler's one-shot captures under rotation: a bounded number in flight (a slot each), each a
/// short <c>cat /proc/drbd</c> whose sample goes through the plan (busier nodes get streams) and
/// whose status is the node's while it has no stream. Disposing waits for every capture to end.
/// </summary>
internal sealed class DrbdOneShots(DrbdRotationOptions options, DrbdSamplingPlan plan, Lock gate, TimeProvider time, Func<string, IRemoteShell> shells, DrbdOneShots.Host host) : IAsyncDisposable
{
    private readonly SemaphoreSlim _slots = new(options.MaxOneShots, options.MaxOneShots);

    /// <summary>What the captures report to the sampler.</summary>
    internal sealed record Host(
        Action<string> CountStart,
        Func<string, DrbdNodeStatus> Current,
        Action<DrbdNodeStatus, bool> Publish,
        Action<DrbdSample> Received,
        Action Rebalance,
        Func<string, string, DateTimeOffset, DrbdSample> Parse);

    /// <summary>
    /// Until cancelled: keeps the streams on the plan's busiest nodes and starts the captures that are due.
    /// Both callbacks are called under the gate.
    /// </summary>
    public async Task RotateAsync(Func<string, bool> streamed, Func<IReadOnlySet<string>> allStreamed, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                host.Rebalance();
                List<string> due;
                lock (gate)
                {
                    due = [.. plan.Due(time.GetUtcNow(), allStreamed())];
                }
                foreach (var node in due)
                {
                    await StartWhenFreeAsync(node, streamed, ct).ConfigureAwait(false);
                }
                await Task.Delay(options.Tick, time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    /// <summary>Waits for a free slot, then starts the node's capture unless it left the plan or got a stream meanwhile.</summary>
    private async Task StartWhenFreeAsync(string node, Func<string, bool> streamed, CancellationToken ct)
    {
        // A slot frees as soon as a capture ends: the next due node starts then, not at the next tick.
        await _slots.WaitAsync(ct).ConfigureAwait(false);
        lock (gate)
        {
            if (!plan.IsWanted(node) || streamed(node))
            {
                _slots.Release();
                return;
            }
            plan.Started(node);
        }
        _ = Task.Run(() => RunAsync(node, ct), CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        // Every slot back means every capture has ended.
        for (var i = 0; i < options.MaxOneShots; i++)
        {
            await _slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        _slots.Dispose();
    }

    /// <summary>One short capture of a node (its slot is held by the caller and given back here).</summary>
    private async Task RunAsync(string node, CancellationToken ct)
    {
        try
        {
            host.CountStart(node);
            var result = await shells(node).RunAsync(DrbdQueries.ReadProcDrbd(), options.OneShotTimeout, ct).ConfigureAwait(false);
            var sample = host.Parse(result.Stdout, node, time.GetUtcNow());
            // As for streams: blank is a node without DRBD, other text must look like /proc/drbd.
            if (DrbdReplay.LooksLikeDrbd(sample) || string.IsNullOrWhiteSpace(result.Stdout))
            {
                bool busier;
                lock (gate)
                {
                    busier = plan.Sampled(sample);
                }
                var before = host.Current(node);
                host.Publish(before with { State = DrbdStreamState.Live, Samples = before.Samples + 1, LastSampleAt = sample.Time, LastError = null, RetryAt = null },
                    before.State != DrbdStreamState.Live);
                host.Received(sample);
                if (busier)
                {
                    host.Rebalance();
                }
            }
            else
            {
                lock (gate)
                {
                    plan.Failed(node, time.GetUtcNow());
                }
                host.Publish(host.Current(node) with { LastError = "a capture was not /proc/drbd, ignored: " + (sample.Notes.Count > 0 ? sample.Notes[0] : "") }, true);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Stopped.
        }
        catch (Exception e)
        {
            var now = time.GetUtcNow();
            lock (gate)
            {
                plan.Failed(node, now);
            }
            var error = e is RemoteShellException ? e.Message : $"{e.GetType().Name}: {e.Message}";
            host.Publish(host.Current(node) with { State = DrbdStreamState.Retrying, LastError = error.ReplaceLineEndings(" ").Trim(), RetryAt = now + options.QuietInterval }, true);
        }
        finally
        {
            lock (gate)
            {
                plan.Ended(node);
            }
            _slots.Release();
        }
    }
}

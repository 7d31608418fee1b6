using GntTui.Engine.Ganeti;
using GntTui.Engine.Planners;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations;

/// <summary>
/// The watcher kept out of a maintenance's way: paused (<c>gnt-cluster watcher pause</c>, audited)
/// unless it already was, and continued at the end only when the pause is still the one we set.
/// <c>watcher info</c> is read first both times, so a pause the operator set themselves (before the
/// run, or over ours meanwhile) is left alone.
/// </summary>
public sealed class MaintenanceWatcher(GanetiClient client, AuditLog audit, string cluster, string operatorName)
{
    /// <summary>How long one pause lasts; a roll pauses again (for as long) at every group.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromHours(1);

    private readonly WatcherControl _control = new(client, audit, cluster, operatorName);
    private readonly PlannerClient _info = new(client.Shell, client.Timeout);

    /// <summary>Pauses it for <see cref="Pause"/>; <paramref name="ours"/> is the pause we set before (a roll's next group), or null at the start.</summary>
    public async Task<WatcherHold> HoldAsync(WatcherHold? ours, string reason, CancellationToken ct)
    {
        var now = await _info.WatcherAsync(ct).ConfigureAwait(false);
        if (now.Paused && (ours is not { Ours: true } || ours.Until != now.Until))
        {
            return new WatcherHold(false, now.Until, $"the watcher was already paused until {now.UntilClock ?? now.Until} (not by this run): left as it is, and not continued at the end");
        }

        var paused = await _control.PauseAsync(Pause, reason, ct).ConfigureAwait(false);
        return new WatcherHold(true, paused.Until, $"watcher paused until {paused.UntilClock ?? paused.Until}");
    }

    /// <summary>Continues it when <paramref name="hold"/> is ours and still in place; says what it did.</summary>
    public async Task<string> ReleaseAsync(WatcherHold hold, string reason, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(hold);
        if (!hold.Ours)
        {
            return "the watcher was not paused by this run: left as it is";
        }

        var now = await _info.WatcherAsync(ct).ConfigureAwait(false);
        if (!now.Paused)
        {
            return "the watcher is not paused any more: nothing to continue";
        }

        if (now.Until != hold.Until)
        {
            return $"the watcher was paused again by someone else (until {now.UntilClock ?? now.Until}): left as it is";
        }

        await _control.ContinueAsync(reason, ct).ConfigureAwait(false);
        return "the watcher continues";
    }
}

using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Operations.Rolling;
using GntTui.Engine.Planners;
using GntTui.Engine.Store;

namespace GntTui.Engine.Live;

/// <summary>
/// Everything a live session tells its console (or a test): the one closed set of what can happen.
/// Raised on worker threads; each is immutable, so it can cross to the UI loop as it is.
/// </summary>
public abstract record SessionEvent
{
    private SessionEvent()
    {
    }

    /// <summary>A new cluster snapshot from the refresh loop.</summary>
    public sealed record ClusterChanged(ClusterSnapshot Snapshot) : SessionEvent;

    /// <summary>A new DRBD snapshot.</summary>
    public sealed record DrbdChanged(DrbdSnapshot Snapshot) : SessionEvent;

    /// <summary>Ganeti accepted a job of ours: a single operation, a group's row or a runbook's action.</summary>
    public sealed record JobAccepted(GanetiOperation Operation, long JobId) : SessionEvent;

    /// <summary>
    /// A followed job's log grew. <paramref name="Log"/> is the whole log so far as an immutable list
    /// that shares its entries with the previous one: nothing is copied per line, and a lost event costs nothing.
    /// </summary>
    public sealed record JobLog(long JobId, IReadOnlyList<JobLogEntry> Log) : SessionEvent;

    /// <summary>A followed job ended; the outcome carries its whole log and Ganeti's message.</summary>
    public sealed record JobEnded(long JobId, JobOutcome Outcome) : SessionEvent;

    /// <summary>Following a job failed (SSH dropped, Ganeti refused): the log so far and why.</summary>
    public sealed record JobLost(long JobId, IReadOnlyList<JobLogEntry> Log, string Error) : SessionEvent;

    /// <summary>A row of a multi-select group changed.</summary>
    public sealed record GroupChanged(int GroupId, JobGroupStatus Status) : SessionEvent;

    /// <summary>A runbook moved on (a step, an action's job, a question for the operator).</summary>
    public sealed record RunbookChanged(RunbookState State) : SessionEvent;

    /// <summary>A rolling maintenance moved on (a group started or ended, held, continued, finished).</summary>
    public sealed record RollChanged(RollState State) : SessionEvent;

    /// <summary>The audit trail, newest first, after something was written to it.</summary>
    public sealed record AuditChanged(IReadOnlyList<AuditEntry> Rows) : SessionEvent;

    /// <summary><c>gnt-cluster verify</c> finished: its report, or why there is none.</summary>
    public sealed record VerifyFinished(VerifyReport? Report, string? Error) : SessionEvent;

    /// <summary><c>hbal -L -C</c> answered for these options: its plan, or why there is none.</summary>
    public sealed record BalancePlanned(HbalOptions Options, HbalPlan? Plan, string? Error, DateTimeOffset At) : SessionEvent;

    /// <summary><c>hroller -L</c> answered: its reboot groups, or why there are none.</summary>
    public sealed record RollPlanned(HrollerOptions Options, HrollerPlan? Plan, string? Error, DateTimeOffset At) : SessionEvent;

    /// <summary><c>gnt-cluster watcher info</c> (or a pause / continue sent from here) answered.</summary>
    public sealed record WatcherRead(WatcherStatus? Status, string? Error, DateTimeOffset At) : SessionEvent;

    /// <summary><c>hspace -L</c> answered: the room left, or why it could not say.</summary>
    public sealed record CapacityRead(HspaceSummary? Summary, string? Error, DateTimeOffset At) : SessionEvent;

    /// <summary>A line for the operator (submitted, refused, succeeded, resumed …).</summary>
    public sealed record Notice(string Text, NoticeLevel Level) : SessionEvent;

    /// <summary>Something that deserves the operator's attention away from the screen (bell, desktop notification).</summary>
    public sealed record Attention(JobNotification Notification) : SessionEvent;
}

using GntTui.Engine.Ganeti.Info;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Engine.Planners;

namespace GntTui.Views.Screens.Messages;

/// <summary>What the console asks the App (and through it the Engine) to do; views never act themselves.</summary>
public abstract record ConsoleIntent
{
    private ConsoleIntent()
    {
    }

    /// <summary>Refresh the cluster snapshot now instead of at the next poll.</summary>
    public sealed record Refresh : ConsoleIntent;

    /// <summary>The user opened a job's live log: stream it as <see cref="JobLogUpdate"/> messages.</summary>
    public sealed record FollowJob(long JobId) : ConsoleIntent;

    /// <summary>The user left the job's log: the stream can stop (the job itself runs on).</summary>
    public sealed record StopFollowing(long JobId) : ConsoleIntent;

    public sealed record Quit : ConsoleIntent;

    /// <summary>
    /// Send one confirmed operation through the pre-flight gate. <paramref name="TypedOverride"/> is
    /// what the operator typed to override the report's blockers (null when nothing blocked).
    /// </summary>
    public sealed record Submit(PreflightReport Report, string? TypedOverride) : ConsoleIntent;

    /// <summary>Send one job per marked row (rows the pre-flight blocked are already left out); progress comes back as <see cref="GroupUpdate"/>.</summary>
    public sealed record SubmitGroup(int GroupId, string Title, IReadOnlyList<GanetiOperation> Operations) : ConsoleIntent;

    /// <summary>An hbal plan's operations in stages, each sent when the one before succeeded; progress comes back as <see cref="GroupUpdate"/>.</summary>
    public sealed record SubmitStages(int GroupId, string Title, IReadOnlyList<IReadOnlyList<GanetiOperation>> Stages) : ConsoleIntent;

    /// <summary>Run <c>hbal -L -C</c> with these options; the plan comes back as <see cref="BalanceUpdate"/>.</summary>
    public sealed record PlanBalance(HbalOptions Options) : ConsoleIntent;

    /// <summary>Run <c>hroller -L</c> with these options; the groups come back as <see cref="RollUpdate"/>.</summary>
    public sealed record PlanRoll(HrollerOptions Options) : ConsoleIntent;

    /// <summary><c>gnt-cluster watcher pause</c> for <paramref name="Duration"/>, or <c>continue</c> when null; audited.</summary>
    public sealed record SetWatcher(TimeSpan? Duration, string Reason) : ConsoleIntent;

    /// <summary><c>gnt-job cancel</c>, after asking Ganeti whether the job is still queued or waiting.</summary>
    public sealed record CancelJob(long JobId) : ConsoleIntent;

    /// <summary>Run <c>gnt-cluster verify --error-codes</c>, demoting these codes; the result comes back as <see cref="VerifyUpdate"/>.</summary>
    public sealed record Verify(IReadOnlyList<string> IgnoreCodes) : ConsoleIntent;

    /// <summary>The audit view opened: post <see cref="AuditRows"/>.</summary>
    public sealed record LoadAudit : ConsoleIntent;

    /// <summary>Plan, store and run a node maintenance runbook; its states come back as <see cref="RunbookState"/> messages.</summary>
    /// <param name="PauseWatcher">The runbook pauses the watcher first and continues it at its end (only a pause it set).</param>
    public sealed record StartRunbook(string Node, string? TypedOverride, bool PauseWatcher = false) : ConsoleIntent;

    /// <summary>hroller's groups as one roll, group after group; its states come back as <see cref="Engine.Operations.Rolling.RollState"/> messages.</summary>
    public sealed record StartRoll(IReadOnlyList<IReadOnlyList<string>> Groups, bool PauseWatcher) : ConsoleIntent;

    /// <summary>The operator's word to a roll: hold it, go on (with node names typed to override blockers), or abandon it.</summary>
    public sealed record AnswerRoll(long RollId, RollAnswer Answer, IReadOnlyList<string> TypedOverrides) : ConsoleIntent;

    /// <summary>A node maintenance runbook on each of these nodes (a reboot group of hroller's), each planned and started as <see cref="StartRunbook"/>.</summary>
    public sealed record StartRunbooks(IReadOnlyList<string> Nodes) : ConsoleIntent;
    /// <summary>Show the cluster of this profile instead (<c>:ctx NAME</c>, Enter in the clusters view), without a restart.</summary>
    public sealed record SwitchCluster(string Name) : ConsoleIntent;

    /// <summary>The master is gone: check a master candidate (the first known when none is named) for <c>gnt-cluster master-failover</c>.</summary>
    public sealed record CheckFailover(string? Candidate) : ConsoleIntent;

    /// <summary>Send the failover the check describes; <paramref name="Typed"/> is the name the operator typed to confirm (null when none was asked).</summary>
    public sealed record RunFailover(MasterFailoverCheck Check, string? Typed) : ConsoleIntent;

    /// <summary>Fetch <c>gnt-instance info</c> / <c>gnt-node info</c> for a detail pane; it comes back as <see cref="InfoUpdate"/>.</summary>
    public sealed record LoadInfo(InfoKind Kind, string Name) : ConsoleIntent;

    /// <summary>Ask Ganeti for the instance's console and, when there is one, lend it the terminal until it ends.</summary>
    public sealed record OpenConsole(string Instance) : ConsoleIntent;

    /// <summary>Put the text on the terminal's clipboard (OSC 52).</summary>
    public sealed record CopyText(string Text) : ConsoleIntent;

    public sealed record AnswerRunbook(long RunbookId, string StepId, RunbookAnswer Answer) : ConsoleIntent;
}

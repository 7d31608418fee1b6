using GntTui.Engine.Config;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Live;

/// <summary>
/// The console's side of "the master is gone": checks a candidate and sends the failover through
/// the Engine's <see cref="MasterFailover"/> off the loop, posting <see cref="FailoverChecked"/> and
/// <see cref="FailoverEnded"/>; builds the confirmation (the findings, Ganeti's warning, the exact
/// command; the candidate's name typed for --no-voting or a blocker).
/// </summary>
internal sealed class FailoverDesk(Action<object> post, Action<string, ToastLevel> say, CancellationToken stop)
{
    private readonly List<Task> _work = [];

    /// <summary>Checks <paramref name="name"/> (or the first candidate known) for the session's cluster.</summary>
    public void Check(ClusterProfile profile, LiveSession session, string? name)
    {
        if (session.Target.IsDemo)
        {
            say("the demo does not simulate gnt-cluster master-failover", ToastLevel.Warning);
            return;
        }

        var last = session.Monitor.Current;
        var candidates = MasterFailover.Candidates(profile, last);
        var candidate = name is null ? (candidates.Count > 0 ? candidates[0] : null) : candidates.FirstOrDefault(c => c.Node == name || c.Node.StartsWith(name + ".", StringComparison.Ordinal));
        if (candidate is null)
        {
            say(name is null
                ? "no master candidate known: the last snapshot lists none, and the profile has no \"candidates\""
                : $"{name} is not a known master candidate ({string.Join(", ", candidates.Select(c => c.Node).DefaultIfEmpty("none"))})", ToastLevel.Warning);
            return;
        }

        say($"checking {candidate.Node}: ssh to every node, gnt-cluster getmaster there…", ToastLevel.Info);
        var failover = ClusterConnection.Failover(profile);
        Track(async () => post(new FailoverChecked(await failover.CheckAsync(candidate, last, stop).ConfigureAwait(false))));
    }

    /// <summary>Sends it: audited under the profile's name, refused by the Engine when read-only.</summary>
    public void Run(ClusterProfile profile, LiveSession session, string operatorName, MasterFailoverCheck check, string? typed)
    {
        say($"gnt-cluster master-failover on {check.Candidate.Node}…", ToastLevel.Info);
        var failover = ClusterConnection.Failover(profile);
        var reason = $"gnt-tui: the master {check.OldMaster ?? "?"} is gone; failover by {operatorName}";
        Track(async () => post(new FailoverEnded(check,
            await failover.RunAsync(check, profile.Name, operatorName, reason, typed, session.Audit, !session.CanOperate, stop).ConfigureAwait(false))));
    }

    /// <summary>The question: a typed one (the candidate's name) for --no-voting or a blocker, a dangerous yes/no otherwise.</summary>
    public static (Dialog Question, Func<ConsoleIntent> OnYes) Question(MasterFailoverCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var lines = check.Findings.Select(f => $"{f.Severity.ToString().ToLowerInvariant()}: {f.Message}").ToList();
        if (check.Warning is { } warning)
        {
            lines.Add("Ganeti: " + warning);
        }

        var title = $"Master gone: fail over to {check.Candidate.Node}";
        var message = string.Join('\n', lines);
        if (check.NoVoting || check.Blocked)
        {
            lines.Add($"type {check.Candidate.Node} to send it");
            return (Dialog.TypedConfirm(title, string.Join('\n', lines), check.Candidate.Node, detail: check.CommandText),
                () => new ConsoleIntent.RunFailover(check, check.Candidate.Node));
        }

        return (Dialog.Confirm(title, message, ["Fail over", "Cancel"], dangerous: true, detail: check.CommandText), () => new ConsoleIntent.RunFailover(check, null));
    }

    public Task WhenIdle() => Task.WhenAll(_work);

    private void Track(Func<Task> work) => _work.Add(Task.Run(async () =>
    {
        try
        {
            await work().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }, CancellationToken.None));
}

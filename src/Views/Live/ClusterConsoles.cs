using GntTui.Engine.Config;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Live;

/// <summary>
/// The console across clusters (<c>:ctx</c>): one <see cref="ConsoleApp"/> over one
/// <see cref="LiveSession"/> at a time, swapped in place without a restart. Each cluster's cache,
/// job watch list and audit rows are its own (the state file keys them by profile), so a switch
/// opens a new session and the one left is closed in the background. The fleet's summaries reach
/// whichever console is in front. Loop thread only, except <see cref="DisposeAsync"/>.
/// </summary>
public sealed class ClusterConsoles : ILoopHandler, IAsyncDisposable
{
    private readonly ClusterFleet _fleet;
    private readonly Func<ClusterProfile, LiveSession> _open;
    private readonly Func<LiveSession, ClusterProfile, ConsoleOptions> _options;
    private readonly Action _quit;
    private readonly TerminalHandoff? _handoff;
    private readonly bool _ring;
    private readonly List<Task> _closing = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _polling = Task.CompletedTask;
    private Action<LoopEvent>? _post;
    private Action<SessionEvent>? _subscribed;
    private FailoverDesk? _desk;
    private int _generation;

    /// <param name="session">The first profile's session, opened (and its errors said) before the terminal was taken.</param>
    /// <param name="open">Opens a profile's session (the App's: it knows how targets are made).</param>
    /// <param name="options">The console's options for a session of a profile (read-only follows the session).</param>
    /// <param name="handoff">Lends the terminal to an instance's console; null where there is none to lend (tests).</param>
    public ClusterConsoles(ClusterFleet fleet, ClusterProfile first, LiveSession session, Func<ClusterProfile, LiveSession> open, Func<LiveSession, ClusterProfile, ConsoleOptions> options, Action quit,
        TerminalHandoff? handoff = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        _fleet = fleet;
        _open = open;
        _options = options;
        _quit = quit;
        _handoff = handoff;
        _ring = session.Target.Config.Notify;
        Profile = first;
        Session = session;
        App = NewApp();
    }

    /// <summary>The console in front.</summary>
    public ConsoleApp App { get; private set; }

    public LiveSession Session { get; private set; }

    public ClusterProfile Profile { get; private set; }

    /// <summary>Starts the session in front and the fleet's background polls, posting to the loop's queue.</summary>
    public void Start(Action<LoopEvent> post)
    {
        _post = post;
        _fleet.Changed += rows => post(new LoopEvent.Message(new ClusterRows(rows)));
        Wire();
        _polling = Task.Run(() => _fleet.RunAsync(_stop.Token), CancellationToken.None);
    }

    public LoopOutcome Handle(LoopEvent loopEvent)
    {
        if (loopEvent is LoopEvent.Message { Payload: SessionMessage stamped })
        {
            return stamped.Generation != _generation ? LoopOutcome.Unchanged : stamped.Payload switch
            {
                FailoverChecked checkedOne => Offer(checkedOne.Check),
                FailoverEnded ended => Ended(ended),
                _ => App.Handle(new LoopEvent.Message(stamped.Payload)),
            };
        }

        var generation = _generation;
        var outcome = App.Handle(loopEvent);
        return generation != _generation && outcome != LoopOutcome.Quit ? LoopOutcome.Redraw : outcome;
    }

    public void Render(Screen screen) => App.Render(screen);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _polling.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        Unwire();
        await Session.DisposeAsync().ConfigureAwait(false);
        if (_desk is not null)
        {
            _closing.Add(_desk.WhenIdle());
        }
        await Task.WhenAll(_closing).ConfigureAwait(false);
        await _fleet.DisposeAsync().ConfigureAwait(false);
        _stop.Dispose();
    }

    private ConsoleApp NewApp()
    {
        // Info, the instance console and the clipboard ask this session's cluster; what comes back is stamped like its events.
        var generation = _generation;
        var objects = new ObjectDesk(Session.Target.Client,
            e => _post?.Invoke(e is LoopEvent.Message m ? new LoopEvent.Message(new SessionMessage(generation, m.Payload)) : e), _handoff, _stop.Token);
        var router = new IntentRouter(Session.Operations, _quit, objects);
        return new ConsoleApp(_options(Session, Profile), intent =>
        {
            switch (intent)
            {
                case ConsoleIntent.SwitchCluster to:
                    SwitchTo(to.Name);
                    break;
                case ConsoleIntent.CheckFailover check:
                    _desk?.Check(Profile, Session, check.Candidate);
                    break;
                case ConsoleIntent.RunFailover run:
                    _desk?.Run(Profile, Session, _options(Session, Profile).Operator ?? Engine.Store.AuditLog.LocalOperator(), run.Check, run.Typed);
                    break;
                default:
                    router.Handle(intent);
                    break;
            }
        }, Session.Monitor.Current);
    }

    private void SwitchTo(string name)
    {
        if (_fleet.Find(name) is not { } profile)
        {
            Say($"no cluster named '{name}' (known: {string.Join(", ", _fleet.Profiles.Select(p => p.Name))})", ToastLevel.Warning);
            return;
        }

        if (profile.Name == Profile.Name)
        {
            Say($"already on {profile.Name}", ToastLevel.Info);
            return;
        }

        Replace(profile, $"switched to {profile.Name}");
    }

    /// <summary>A new session for <paramref name="profile"/> in front; the one left closes in the background.</summary>
    private void Replace(ClusterProfile profile, string said)
    {
        LiveSession next;
        try
        {
            next = _open(profile);
        }
        catch (Exception e) when (e is ConfigException or ArgumentException)
        {
            Say($"cannot open {profile.Name}: {Engine.Text.UntrustedText.Line(e.Message)}", ToastLevel.Error);
            return;
        }

        Unwire();
        var left = Session;
        var desk = _desk;
        _closing.Add(Task.Run(async () =>
        {
            await left.DisposeAsync().ConfigureAwait(false);
            await (desk?.WhenIdle() ?? Task.CompletedTask).ConfigureAwait(false);
        }));
        Session = next;
        Profile = profile;
        _generation++;
        App = NewApp();
        Wire();
        Say(said, ToastLevel.Info);
    }

    /// <summary>The candidate was checked: ask (or, when it is the master already, just follow it).</summary>
    private LoopOutcome Offer(MasterFailoverCheck check)
    {
        if (check.AlreadyMaster)
        {
            Follow(check.Candidate, $"{check.Candidate.Node} is the master already: following it");
            return LoopOutcome.Redraw;
        }

        var (question, onYes) = FailoverDesk.Question(check);
        App.Ask(question, onYes);
        return LoopOutcome.Redraw;
    }

    private LoopOutcome Ended(FailoverEnded ended)
    {
        if (ended.Outcome.Succeeded || ended.Outcome.NewMaster == ended.Check.Candidate.Node)
        {
            Follow(ended.Check.Candidate, ended.Outcome.Message + ": following it");
        }
        else
        {
            App.Handle(new LoopEvent.Message(new Notice(ended.Outcome.Message, ended.Outcome.Sent ? ToastLevel.Error : ToastLevel.Warning)));
        }

        return LoopOutcome.Redraw;
    }

    /// <summary>
    /// After a failover the console talks to the new master, by itself, and keeps doing so: the fleet
    /// learns it too, so a switch away and back (and the polls meanwhile) reach the new master, not the dead one.
    /// </summary>
    private void Follow(FailoverCandidate master, string said)
    {
        var followed = Profile with { Ssh = master.Ssh, Local = false };
        _fleet.Follow(followed);
        Replace(followed, said);
    }

    /// <summary>The session in front feeds its console (stamped) and its row in the fleet, then starts.</summary>
    private void Wire()
    {
        var post = _post!;
        var generation = _generation;
        var (live, name) = (Session, Profile.Name);
        App.CheckOffLoop(payload => post(new LoopEvent.Message(new SessionMessage(generation, payload))));
        _desk = new FailoverDesk(payload => post(new LoopEvent.Message(new SessionMessage(generation, payload))), Say, _stop.Token);
        var feed = new SessionFeed(e => post(e is LoopEvent.Message m ? new LoopEvent.Message(new SessionMessage(generation, m.Payload)) : e), _ring);
        _subscribed = e =>
        {
            feed.On(e);
            switch (e)
            {
                case SessionEvent.ClusterChanged changed:
                    _fleet.Observe(name, changed.Snapshot, live.Drbd.Current);
                    break;
                case SessionEvent.DrbdChanged drbd:
                    _fleet.Observe(name, live.Monitor.Current, drbd.Snapshot);
                    break;
            }
        };
        live.Published += _subscribed;
        _fleet.SetActive(name);
        _fleet.Observe(name, live.Monitor.Current, null);
        post(new LoopEvent.Message(new SessionMessage(generation, new ClusterRows(_fleet.Current))));
        live.Start();
    }

    private void Unwire()
    {
        if (_subscribed is not null)
        {
            Session.Published -= _subscribed;
            _subscribed = null;
        }
    }

    private void Say(string text, ToastLevel level) =>
        _post?.Invoke(new LoopEvent.Message(new SessionMessage(_generation, new Notice(text, level))));
}

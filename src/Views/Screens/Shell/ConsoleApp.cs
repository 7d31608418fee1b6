using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Jobs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Runbooks;
using GntTui.Views.Screens.Verify;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// The full-screen console: takes keys, ticks and messages from the event loop, turns keys into
/// commands and commands into what the kind in front says they mean, paints frames, and raises
/// intents for the App to act on. It never touches the cluster itself. The prompts, the panes, the
/// confirmations and the sending each live in a class of their own.
/// </summary>
public sealed class ConsoleApp : ILoopHandler
{
    private readonly ConsoleOptions _options;
    private readonly Action<ConsoleIntent> _intents;
    private readonly TimeProvider _time;
    private readonly IReadOnlyDictionary<ViewKind, KindScreen> _kinds;
    private readonly KeyContexts _keys;
    private readonly RefusedKeys _refused;
    private readonly ToastCenter _toasts;
    private readonly CommandLine _commandLine;
    private readonly EndedLogs _endedLogs = new();
    private readonly VerifySession _verify = new();
    private readonly OperationFlow _operations;
    private readonly BodyPanes _body;
    private readonly FramePainter _painter;
    private readonly DataFeed _feed;
    private HelpOverlay? _help;
    private string _lastStatus = "";
    private TerminalSize _size;

    public ConsoleApp(ConsoleOptions options, Action<ConsoleIntent> intents, ClusterSnapshot initial, TimeProvider? time = null)
    {
        _options = options;
        _intents = intents;
        _time = time ?? TimeProvider.System;
        _toasts = new ToastCenter(_time);
        _commandLine = new CommandLine(intents);
        _kinds = ScreenRegistry.Create(new KindSetup(options, _time, _verify));
        _keys = new KeyContexts(options, _kinds);
        _refused = new RefusedKeys(options, _kinds);
        var sender = new OperationSender(intents, _toasts);
        // The feed comes first (the panes report closed logs to it); it calls back only after construction.
        _feed = new DataFeed(_kinds.Values.Select(k => k.View), new ConsoleData(initial, null), data =>
        {
            _body!.Refresh(ActiveScreen, data);
            _operations!.Confirmations.Update(data);
        });
        _body = new BodyPanes(_feed.NoticingUnfollows(intents), _time, sender.Groups);
        _operations = new OperationFlow(sender, intents, _toasts, _body, options.Operator);
        _painter = new FramePainter(options, _time, _body, _commandLine, _operations.Confirmations, _toasts);
    }

    /// <summary>
    /// Pre-flight checks run off this loop from now on: a dialog opens at once and fills in when
    /// <paramref name="post"/> brings the findings back as a message.
    /// </summary>
    public void CheckOffLoop(Action<object> post) => _operations.CheckOffLoop(post);

    /// <summary>A question from the App (the master failover's confirmation); yes raises what <paramref name="onYes"/> builds.</summary>
    internal void Ask(Dialog question, Func<ConsoleIntent> onYes) => _operations.Confirmations.Ask(question, onYes);

    /// <summary>The resource list in front (also while a detail pane or job log is open over it).</summary>
    public ViewKind ActiveView { get; private set; } = ViewKind.Nodes;

    internal ConsoleMode Mode => _body.Mode;

    internal IResourceView ActiveScreen => _kinds[ActiveView].View;

    internal IResourceView ViewOf(ViewKind kind) => _kinds[kind].View;

    internal JobLogView? JobLog => _body.JobLog;

    internal DetailPane Detail => _body.Detail;

    internal bool HelpOpen => _help is not null;

    internal bool PaletteOpen => _commandLine.PaletteOpen;

    internal bool FilterOpen => _commandLine.FilterOpen;

    internal OperationDialog? OperationDialog => _operations.Confirmations.Dialog;

    internal Dialog? Question => _operations.Confirmations.Question;

    internal IReadOnlyDictionary<int, JobGroupStatus> Groups => _operations.Sender.Groups;

    /// <summary>The key map in force: dispatch, footer and help all read this one.</summary>
    internal KeyMap CurrentKeys => _keys.For(Mode, ActiveView);

    private IKindActions ActiveActions => _kinds[ActiveView].Actions;

    private ConsoleData Data => _feed.Data;

    public LoopOutcome Handle(LoopEvent loopEvent) => loopEvent switch
    {
        LoopEvent.KeyPressed pressed => HandleKey(pressed.Key),
        LoopEvent.Tick => HandleTick(),
        LoopEvent.Resized resized => Resize(resized.Size),
        LoopEvent.Message message => HandleMessage(message.Payload),
        LoopEvent.InputFailed => Quit(),
        _ => LoopOutcome.Unchanged,
    };

    public void Render(Screen screen)
    {
        _size = new TerminalSize(screen.Width, screen.Height);
        _lastStatus = _painter.Paint(screen, Data, ActiveScreen, CurrentKeys, _help) ?? _lastStatus;
    }

    /// <summary>Whatever is open on top (a confirmation, help, <c>:</c>, <c>/</c>) gets the key first, then the screen's key map.</summary>
    private LoopOutcome HandleKey(KeyEvent key)
    {
        var command = CurrentKeys.CommandFor(key);

        // Ctrl+C and F10 leave from anywhere, prompts and dialogs included; a plain q typed into one is just a q.
        if (command == ConsoleCommands.Quit && (key.Ctrl || key.Key == Key.F10 || !(_commandLine.IsOpen || _operations.Confirmations.IsOpen)))
        {
            return Quit();
        }

        if (TooSmallScreen.Applies(_size))
        {
            return LoopOutcome.Unchanged;
        }

        if (_operations.Confirmations.IsOpen)
        {
            _operations.HandleKey(key, Data);
            return LoopOutcome.Redraw;
        }

        if (_help is not null)
        {
            _help = _help.HandleKey(key, MoveCommands.For(command)) == PromptStatus.Pending ? _help : null;
            return LoopOutcome.Redraw;
        }

        if (_commandLine.IsOpen)
        {
            return _commandLine.HandleKey(key, ActiveScreen) is { } name
                ? ScreenRegistry.ForCommand(name) is { } registration ? SwitchTo(registration.Kind) : Run(name)
                : LoopOutcome.Redraw;
        }

        return command is not null ? Run(command)
            : _refused.Show(key, Mode, ActiveView, _body.Title(ActiveScreen), _toasts) ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
    }

    private LoopOutcome Run(string command)
    {
        if (Mode == ConsoleMode.List)
        {
            // Rows are built lazily: a key after a snapshot but before its frame must see the new rows.
            ActiveScreen.Refresh();
        }

        if (command.StartsWith(ConsoleCommands.ViewPrefix, StringComparison.Ordinal))
        {
            return Enum.TryParse<ViewKind>(command[ConsoleCommands.ViewPrefix.Length..], ignoreCase: true, out var kind)
                ? SwitchTo(kind)
                : LoopOutcome.Unchanged;
        }

        switch (command)
        {
            case ConsoleCommands.Quit:
                return Quit();
            case ConsoleCommands.Refresh:
                _intents(new ConsoleIntent.Refresh());
                return LoopOutcome.Unchanged;
            case ConsoleCommands.Repaint:
                return LoopOutcome.Repaint;
            case ConsoleCommands.Help:
                _help = new HelpOverlay { Title = $"Keys: {_body.Title(ActiveScreen)}" };
                return LoopOutcome.Redraw;
            case ConsoleCommands.Palette:
                _commandLine.OpenPalette();
                return LoopOutcome.Redraw;
            case ConsoleCommands.Back:
                return Back();
            case ConsoleCommands.Verify:
                return RunVerify();
            case ConsoleCommands.ShowGroup when _operations.Sender.LastGroup is { } last:
                _body.ShowGroup(last, Data);
                return LoopOutcome.Redraw;
            case ConsoleCommands.ShowGroup:
                _toasts.Show("no multi-select sent yet: mark rows with Space, then press an operation key");
                return LoopOutcome.Redraw;
        }

        if (MoveCommands.For(command) is { } move)
        {
            _body.Scrolled(ActiveScreen).Scroll(move);
            return LoopOutcome.Redraw;
        }

        return Mode switch
        {
            ConsoleMode.List => RunListCommand(command),
            ConsoleMode.Runbook => Apply(RunbookQuestions.For(command, _body.RunbookShown is { } id ? Data.Runbooks.GetValueOrDefault(id) : null)),
            ConsoleMode.Detail when _body.DetailKey is { } key && ActiveActions.DetailBindings.Any(b => b.Command == command) =>
                Apply(ActiveActions.Act(command, new ActionContext(Data, _options.Operator, [key], key))),
            _ => LoopOutcome.Unchanged,
        };
    }

    private LoopOutcome RunListCommand(string command)
    {
        var screen = ActiveScreen;
        switch (command)
        {
            case ConsoleCommands.Filter:
                _commandLine.OpenFilter(screen.Filter);
                return LoopOutcome.Redraw;
            case ConsoleCommands.Mark:
                return screen.Table.ToggleMark() ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
        }

        var context = new ActionContext(Data, _options.Operator, screen.Table.TargetKeys(), screen.Table.SelectedKey);
        if (ActiveActions.Act(command, context) is { } result)
        {
            return Apply(result);
        }

        if (command is ConsoleCommands.Open or ConsoleCommands.Describe)
        {
            return _body.OpenDetail(screen) ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
        }

        return screen.RunCommand(command) ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
    }

    /// <summary>What a kind said a command means, done the same way for every kind.</summary>
    private LoopOutcome Apply(ActionResult? result)
    {
        if (result is not null && _operations.Offer(result, Data))
        {
            return LoopOutcome.Redraw;
        }

        switch (result)
        {
            case ActionResult.FollowJob follow:
                _body.FollowJob(follow.Job, _endedLogs.For(follow.Job.Id));
                break;
            case ActionResult.ShowRunbook show:
                _body.ShowRunbook(show.Id, Data);
                if (show.Why is { } why)
                {
                    _toasts.Show(why, ToastLevel.Warning);
                }

                break;
            case ActionResult.Jump jump:
                return JumpTo(jump.Kind, jump.Key);
            case ActionResult.Describe:
                return _body.OpenDetail(ActiveScreen) ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
            case ActionResult.Then then:
                if (then.Notice is { } notice)
                {
                    _toasts.Show(notice);
                }

                return Run(then.Command);
            default:
                return LoopOutcome.Unchanged;
        }

        return LoopOutcome.Redraw;
    }

    private LoopOutcome Back()
    {
        if (Mode != ConsoleMode.List)
        {
            _body.Close();
            return LoopOutcome.Redraw;
        }

        return ActiveScreen.ClearOne() ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
    }

    private LoopOutcome SwitchTo(ViewKind kind)
    {
        _body.Close();
        ActiveView = kind;
        if (ActiveActions.OnShown() is { } intent)
        {
            _intents(intent);
        }

        // Rows are built lazily; a key right after the switch must find them.
        ActiveScreen.Shown();
        return LoopOutcome.Redraw;
    }

    /// <summary>Another list's row (a verify finding's node or instance).</summary>
    private LoopOutcome JumpTo(ViewKind kind, string key)
    {
        SwitchTo(kind);
        if (!ActiveScreen.Reveal(key))
        {
            _toasts.Show($"{key} is not in the latest refresh", ToastLevel.Warning);
        }

        return LoopOutcome.Redraw;
    }

    /// <summary>v: gnt-cluster verify with the codes demoted so far, and its view.</summary>
    private LoopOutcome RunVerify()
    {
        if (_verify.Start(Data, _intents) is { } running)
        {
            _feed.Set(running);
        }
        else
        {
            _toasts.Show("gnt-cluster verify is already running");
        }

        return SwitchTo(ViewKind.Verify);
    }

    private LoopOutcome HandleMessage(object payload)
    {
        switch (payload)
        {
            case JobLogUpdate update:
                _endedLogs.Keep(update);
                var progressed = _feed.TrackProgress(update);
                return _body.JobLog?.Apply(update) == true || progressed ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
            case Notice notice:
                _toasts.Show(notice.Text, notice.Level);
                return LoopOutcome.Redraw;
            case PreflightChecked answer:
                return _operations.Confirmations.Checked(answer) ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
            case GroupUpdate group:
                _operations.Sender.Update(group);
                _body.Refresh(ActiveScreen, Data);
                return LoopOutcome.Redraw;
        }

        if (!_feed.Take(payload, _time.GetUtcNow()))
        {
            return LoopOutcome.Unchanged;
        }

        _body.Arrived(payload);
        if (payload is RunbookState runbook)
        {
            _operations.Arrived(runbook, Data);
        }

        return LoopOutcome.Redraw;
    }

    /// <summary>A frame only when something on screen moved: the data's age, a toast, a running job's clock.</summary>
    private LoopOutcome HandleTick()
    {
        var expired = _toasts.Expire();
        var status = HeaderBuilder.Status(Data.Snapshot, _time.GetUtcNow()).Text;
        var aged = status != _lastStatus;
        _lastStatus = status;
        var clocks = Mode is ConsoleMode.JobLog or ConsoleMode.Runbook || (Mode == ConsoleMode.List && ActiveScreen.Ticks);
        return expired || aged || clocks ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
    }

    private LoopOutcome Resize(TerminalSize size)
    {
        _size = size;
        return LoopOutcome.Redraw;
    }

    private LoopOutcome Quit()
    {
        if (_body.JobLog is { } log)
        {
            _intents(new ConsoleIntent.StopFollowing(log.JobId));
        }

        _intents(new ConsoleIntent.Quit());
        return LoopOutcome.Quit;
    }
}

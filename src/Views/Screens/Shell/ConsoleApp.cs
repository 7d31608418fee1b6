using GntTui.Engine.Model;
using GntTui.Views.Screens.Drbd;
using GntTui.Views.Screens.Jobs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shared;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// The full-screen console: owns the view state (active view, filters, sorts, selections, what is
/// open), takes keys, ticks and messages from the event loop, paints frames, and raises intents for
/// the App to act on. It never touches the cluster itself.
/// </summary>
public sealed partial class ConsoleApp : ILoopHandler
{
    private readonly ConsoleOptions _options;
    private readonly Action<ConsoleIntent> _intents;
    private readonly TimeProvider _time;
    private readonly IReadOnlyDictionary<ViewKind, IResourceView> _views;
    private readonly KeyContexts _keys;
    private readonly ToastCenter _toasts;
    private readonly CommandPalette _palette = new(ScreenRegistry.PaletteEntries);
    private readonly FilterPrompt _filter = new();
    private readonly DetailPane _detail = new();
    private ConsoleData _data;
    private string? _detailKey;
    private string _detailTitle = "";
    private JobLogView? _jobLog;
    private HelpOverlay? _help;
    private bool _paletteOpen;
    private bool _filterOpen;
    private string _lastStatus = "";
    private TerminalSize _size;

    public ConsoleApp(ConsoleOptions options, Action<ConsoleIntent> intents, ClusterSnapshot initial, TimeProvider? time = null)
    {
        _options = options;
        _intents = intents;
        _time = time ?? TimeProvider.System;
        _toasts = new ToastCenter(_time);
        _views = ScreenRegistry.CreateViews(options, _time);
        _keys = new KeyContexts(options, _views);
        _data = new ConsoleData(initial, null);
        foreach (var view in _views.Values)
        {
            view.Update(_data);
        }
    }

    /// <summary>The resource list in front (also while a detail pane or job log is open over it).</summary>
    public ViewKind ActiveView { get; private set; } = ViewKind.Nodes;

    internal ConsoleMode Mode { get; private set; } = ConsoleMode.List;

    internal IResourceView ActiveScreen => _views[ActiveView];

    internal IResourceView ViewOf(ViewKind kind) => _views[kind];

    internal JobLogView? JobLog => _jobLog;

    internal DetailPane Detail => _detail;

    internal bool HelpOpen => _help is not null;

    internal bool PaletteOpen => _paletteOpen;

    internal bool FilterOpen => _filterOpen;

    internal ToastCenter Toasts => _toasts;

    /// <summary>The key map in force: dispatch, footer and help all read this one.</summary>
    internal KeyMap CurrentKeys => Mode switch
    {
        ConsoleMode.Detail => ActiveView == ViewKind.Drbd ? _keys.DrbdDetail : _keys.Detail,
        ConsoleMode.JobLog => _keys.JobLog,
        ConsoleMode.Group => _keys.Group,
        ConsoleMode.Runbook => _keys.Runbook,
        _ => _keys.ForView(ActiveView),
    };

    public LoopOutcome Handle(LoopEvent loopEvent) => loopEvent switch
    {
        LoopEvent.KeyPressed pressed => HandleKey(pressed.Key),
        LoopEvent.Tick => HandleTick(),
        LoopEvent.Resized resized => HandleResize(resized.Size),
        LoopEvent.Message message => HandleMessage(message.Payload),
        LoopEvent.InputFailed => Quit(),
        _ => LoopOutcome.Unchanged,
    };

    private LoopOutcome HandleResize(TerminalSize size)
    {
        _size = size;
        return LoopOutcome.Redraw;
    }

    private bool IsTooSmall => _size.Width > 0 && (_size.Width < TooSmallScreen.MinWidth || _size.Height < TooSmallScreen.MinHeight);

    private LoopOutcome Quit()
    {
        if (_jobLog is { } log)
        {
            _intents(new ConsoleIntent.StopFollowing(log.JobId));
        }

        _intents(new ConsoleIntent.Quit());
        return LoopOutcome.Quit;
    }
}

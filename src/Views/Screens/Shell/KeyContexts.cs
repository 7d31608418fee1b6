using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// The finished key map of each screen: defaults layered (global, moves, list keys, the view's own),
/// then the user's rebindings, then read-only mode's cut. Built once; dispatch, footer and help share it.
/// </summary>
internal sealed class KeyContexts
{
    private readonly Dictionary<ViewKind, KeyMap> _views = [];
    private readonly Dictionary<ViewKind, KeyMap> _details = [];

    public KeyContexts(ConsoleOptions options, IReadOnlyDictionary<ViewKind, KindScreen> kinds)
    {
        var based = ConsoleKeys.Global.Layer(ConsoleKeys.Moves);
        Detail = Finish(based.Layer(ConsoleKeys.Detail), options);
        foreach (var (kind, (view, actions)) in kinds)
        {
            // The view's own keys (open, sorts, toggles), then the kind's operations.
            _views[kind] = Finish(based.Layer(ConsoleKeys.Lists).Layer(new KeyMap([.. view.Keys.Bindings, .. actions.Bindings])), options);
            _details[kind] = actions.DetailBindings.Count == 0 ? Detail
                : Finish(based.Layer(ConsoleKeys.Detail).Layer(new KeyMap(actions.DetailBindings)), options);
        }

        JobLog = Finish(based.Layer(ConsoleKeys.JobLog), options);
        Group = Finish(based.Layer(ConsoleKeys.Group), options);
        Runbook = Finish(based.Layer(ConsoleKeys.Runbook), options);
    }

    public KeyMap Group { get; }

    public KeyMap Runbook { get; }

    public KeyMap Detail { get; }

    public KeyMap JobLog { get; }

    public KeyMap ForView(ViewKind kind) => _views[kind];

    /// <summary>The map in force for what fills the body, over the list <paramref name="kind"/>.</summary>
    public KeyMap For(ConsoleMode mode, ViewKind kind) => mode switch
    {
        ConsoleMode.Detail => DetailOf(kind),
        ConsoleMode.JobLog => JobLog,
        ConsoleMode.Group => Group,
        ConsoleMode.Runbook => Runbook,
        _ => ForView(kind),
    };

    /// <summary>One row's detail pane: the kind's detail keys work there too (DRBD's fix, where the advice is read).</summary>
    public KeyMap DetailOf(ViewKind kind) => _details[kind];

    /// <summary>Footer hints: the screen's own actions first, then help, command and quit.</summary>
    public static IEnumerable<KeyBinding> FooterOrder(KeyMap map) =>
        map.FooterBindings.OrderBy(b => b.Group == ConsoleKeys.General ? 1 : 0);

    private static KeyMap Finish(KeyMap map, ConsoleOptions options)
    {
        foreach (var user in options.UserBindings?.Bindings ?? [])
        {
            if (map.ForCommand(user.Command) is not null)
            {
                map = map.Rebind(user.Command, user.Keys);
            }
        }

        if (options.ReadOnly)
        {
            map = map.WithoutDangerous();
        }

        return new KeyMap(map.Bindings.OrderBy(b => ConsoleKeys.GroupRank(b.Group)));
    }
}

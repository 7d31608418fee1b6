using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// The default key tables, as data: dispatch, the footer and the help overlay all read these, so
/// they cannot disagree. Bindings follow k9s where it has one (: / ? Shift+letter sorts, Space marks).
/// </summary>
internal static class ConsoleKeys
{
    public const string General = KeyGroups.General;
    public const string Views = KeyGroups.Views;
    public const string Rows = KeyGroups.Rows;
    public const string Navigation = KeyGroups.Navigation;
    public const string Operations = KeyGroups.Operations;

    public static KeyMap Global { get; } = new(
    [
        KeyBinding.Create("? F1", ConsoleCommands.Help, "help", General, footer: true),
        KeyBinding.Create(":", ConsoleCommands.Palette, "command", General, footer: true),
        KeyBinding.Create("Ctrl+r", ConsoleCommands.Refresh, "refresh now", General),
        KeyBinding.Create("Ctrl+l", ConsoleCommands.Repaint, "repaint the screen", General),
        KeyBinding.Create("q Ctrl+c F10", ConsoleCommands.Quit, "quit", General, footer: true),
        KeyBinding.Create("v", ConsoleCommands.Verify, "cluster verify (gnt-cluster verify --error-codes)", General, footer: true, hint: "verify"),
        .. ScreenRegistry.All.Select(r => KeyBinding.Create(r.Hotkey, ConsoleCommands.View(r.Kind), r.Description, Views)),
    ]);

    public static KeyMap Moves { get; } = new(
    [
        KeyBinding.Create("j Down", ConsoleCommands.Down, "down", Navigation),
        KeyBinding.Create("k Up", ConsoleCommands.Up, "up", Navigation),
        KeyBinding.Create("PgDn Ctrl+f", ConsoleCommands.PageDown, "page down", Navigation),
        KeyBinding.Create("PgUp Ctrl+b", ConsoleCommands.PageUp, "page up", Navigation),
        KeyBinding.Create("g Home", ConsoleCommands.Top, "first", Navigation),
        KeyBinding.Create("G End", ConsoleCommands.Bottom, "last", Navigation),
    ]);

    /// <summary>Keys every resource list shares; each view adds Enter, its sorts and toggles.</summary>
    public static KeyMap Lists { get; } = new(
    [
        KeyBinding.Create("/", ConsoleCommands.Filter, "filter (regex; ! inverts)", Rows, footer: true, hint: "filter"),
        KeyBinding.Create("Space", ConsoleCommands.Mark, "mark / unmark the row", Rows),
        KeyBinding.Create("Esc", ConsoleCommands.Back, "clear the filter, then the marks", Rows),
    ]);

    public static KeyMap Detail { get; } = new(
    [
        KeyBinding.Create("Esc", ConsoleCommands.Back, "back", Rows, footer: true),
    ]);

    public static KeyMap JobLog { get; } = new(
    [
        KeyBinding.Create("Esc", ConsoleCommands.Back, "back (the job runs on)", Rows, footer: true),
    ]);

    public static KeyMap Group { get; } = new(
    [
        KeyBinding.Create("Esc", ConsoleCommands.Back, "back (the jobs run on)", Rows, footer: true),
    ]);

    public static KeyMap Runbook { get; } = new(
    [
        KeyBinding.Create("y", ConsoleCommands.RunbookAnswer, "yes to the step's question", Operations, dangerous: true, footer: true, hint: "yes"),
        KeyBinding.Create("s", ConsoleCommands.RunbookSkip, "skip the step", Operations, dangerous: true, footer: true, hint: "skip"),
        KeyBinding.Create("r", ConsoleCommands.RunbookRetry, "retry the failed step", Operations, dangerous: true, footer: true, hint: "retry"),
        KeyBinding.Create("X", ConsoleCommands.RunbookAbort, "abort the runbook (jobs already sent run on)", Operations, dangerous: true),
        KeyBinding.Create("Esc", ConsoleCommands.Back, "back (the runbook goes on)", Rows, footer: true),
    ]);

    /// <summary>Help lists groups in this order; the footer shows a screen's own actions before the general ones.</summary>
    public static int GroupRank(string group) => group switch
    {
        General => 0,
        Views => 1,
        Rows => 2,
        Operations => 3,
        Navigation => 5,
        _ => 4,
    };
}

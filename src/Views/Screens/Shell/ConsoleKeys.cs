using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shared;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// The default key tables, as data: dispatch, the footer and the help overlay all read these, so
/// they cannot disagree. Bindings follow k9s where it has one (: / ? Shift+letter sorts, Space marks).
/// </summary>
internal static class ConsoleKeys
{
    public const string General = "General";
    public const string Views = "Views";
    public const string Rows = "Rows";
    public const string Navigation = "Navigation";
    public const string Operations = "Operations";

    public static KeyMap Global { get; } = new(
    [
        KeyBinding.Create("?", ConsoleCommands.Help, "help", General, footer: true),
        KeyBinding.Create(":", ConsoleCommands.Palette, "command", General, footer: true),
        KeyBinding.Create("Ctrl+r", ConsoleCommands.Refresh, "refresh now", General),
        KeyBinding.Create("q Ctrl+c", ConsoleCommands.Quit, "quit", General, footer: true),
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

    /// <summary>What the keys on instance rows do; every one changes the cluster, after a confirmation.</summary>
    public static IReadOnlyList<KeyBinding> InstanceOperations { get; } =
    [
        KeyBinding.Create("m", ConsoleCommands.Migrate, "migrate (live)", Operations, dangerous: true, footer: true, hint: "migrate"),
        KeyBinding.Create("M", ConsoleCommands.MigrateOptions, "migrate with options: target, non-live, --cleanup", Operations, dangerous: true),
        KeyBinding.Create("f", ConsoleCommands.Failover, "fail over (restarts it; --ignore-consistency once the primary is offline)", Operations, dangerous: true, footer: true, hint: "failover"),
        KeyBinding.Create("s", ConsoleCommands.StartStop, "start, or shut down", Operations, dangerous: true, footer: true, hint: "start/stop"),
        KeyBinding.Create("r", ConsoleCommands.Reboot, "reboot (soft, hard, full)", Operations, dangerous: true),
        KeyBinding.Create("R", ConsoleCommands.ReplaceDisks, "replace disks (-a -s -p, new secondary)", Operations, dangerous: true),
    ];

    public static IReadOnlyList<KeyBinding> NodeOperations { get; } =
    [
        KeyBinding.Create("m", ConsoleCommands.Maintenance, "maintenance runbook (drain, empty, bring back)", Operations, dangerous: true, footer: true, hint: "maintenance"),
        KeyBinding.Create("M", ConsoleCommands.NodeMigrate, "migrate all primaries off", Operations, dangerous: true),
        KeyBinding.Create("d", ConsoleCommands.Drain, "drain / undrain", Operations, dangerous: true, footer: true, hint: "drain"),
        KeyBinding.Create("o", ConsoleCommands.Offline, "offline / online", Operations, dangerous: true),
        KeyBinding.Create("e", ConsoleCommands.Evacuate, "evacuate secondaries (-s) or primaries (-p)", Operations, dangerous: true, footer: true, hint: "evacuate"),
        KeyBinding.Create("C", ConsoleCommands.MasterCandidate, "master candidate on / off", Operations, dangerous: true),
    ];

    public static IReadOnlyList<KeyBinding> JobOperations { get; } =
    [
        KeyBinding.Create("c", ConsoleCommands.CancelJob, "cancel (queued or waiting jobs only)", Operations, dangerous: true, footer: true, hint: "cancel"),
        KeyBinding.Create("i", ConsoleCommands.Describe, "describe: every field", Rows),
    ];

    /// <summary>On a DRBD disk, in the list and in its detail: the advised fix, after a confirmation.</summary>
    public static IReadOnlyList<KeyBinding> DrbdOperations { get; } =
    [
        KeyBinding.Create("x", ConsoleCommands.DrbdFix, "apply the suggested fix (asks first)", Operations, dangerous: true, footer: true, hint: "fix"),
    ];

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

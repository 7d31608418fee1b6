using GntTui.Views.Screens.Audit;
using GntTui.Views.Screens.Balance;
using GntTui.Views.Screens.Clusters;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Drbd;
using GntTui.Views.Screens.Instances;
using GntTui.Views.Screens.Jobs;
using GntTui.Views.Screens.Nodes;
using GntTui.Views.Screens.Roll;
using GntTui.Views.Screens.Runbooks;
using GntTui.Views.Screens.Verify;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>ViewKind → screen and actions, k9s style: adding a resource kind is one line here, a view and its actions.</summary>
internal static class ScreenRegistry
{
    public static IReadOnlyList<ViewRegistration> All { get; } =
    [
        new(ViewKind.Nodes, "nodes", "no", "1", "nodes", s => new(new NodesView(s.Time), new NodeActions())),
        new(ViewKind.Instances, "instances", "in", "2", "instances", _ => new(new InstancesView(), new InstanceActions())),
        new(ViewKind.Drbd, "drbd", "dr", "3", "DRBD disks and resyncs", s => KindScreen.Of(new DrbdView(s.Options.Theme.IsMono, s.Time), v => new DrbdActions(v))),
        new(ViewKind.Jobs, "jobs", "jo", "4", "job queue", s => KindScreen.Of(new JobsView(s.Time), v => new JobActions(v))),
        new(ViewKind.Verify, "verify", "ve", "5", "cluster verify findings (v runs it)", s => KindScreen.Of(new VerifyView(s.Time), v => new VerifyActions(v, s.Verify))),
        new(ViewKind.Audit, "audit", "au", "6", "audit trail of what was sent from here", s => new(new AuditView(s.Time), new AuditActions())),
        new(ViewKind.Runbooks, "runbooks", "ru", "7", "node maintenance runbooks", s => KindScreen.Of(new RunbooksView(s.Time), v => new RunbookActions(v))),
        new(ViewKind.Balance, "balance", "ba", "8", "hbal's rebalancing plan (x sends it)", s => KindScreen.Of(new BalanceView(s.Time), v => new BalanceActions(v))),
        new(ViewKind.Roll, "roll", "ro", "9", "hroller's reboot groups (x: maintenance over a group)", s => KindScreen.Of(new RollView(s.Time), v => new RollActions(v))),
        new(ViewKind.Clusters, "ctx", "cluster", "0", "clusters (:ctx NAME switches)", s => new(new ClustersView(s.Time), new ClusterActions())),
    ];

    public static ViewRegistration Of(ViewKind kind) => All.First(r => r.Kind == kind);

    public static ViewRegistration? ForCommand(string command) =>
        All.FirstOrDefault(r => string.Equals(r.Command, command, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyDictionary<ViewKind, KindScreen> Create(KindSetup setup) =>
        All.ToDictionary(r => r.Kind, r => r.Create(setup));

    /// <summary>The <c>:</c> palette: one entry per view, then the console's own commands.</summary>
    public static IReadOnlyList<PaletteEntry> PaletteEntries { get; } =
    [
        .. All.Select(r => new PaletteEntry(r.Command, r.Description, r.Alias)),
        new PaletteEntry(ConsoleCommands.Refresh, "refresh now", "r"),
        new PaletteEntry(ConsoleCommands.Repaint, "clear and repaint the screen (Ctrl+L)"),
        new PaletteEntry(ConsoleCommands.ShowGroup, "the last multi-select's jobs", "gr"),
        new PaletteEntry(ConsoleCommands.MasterFailover, "master gone: fail over to a candidate (:failover NODE)", "failover"),
        new PaletteEntry(ConsoleCommands.Help, "every key of this screen", "h"),
        new PaletteEntry(ConsoleCommands.Quit, "leave gnt-tui", "q"),
    ];
}

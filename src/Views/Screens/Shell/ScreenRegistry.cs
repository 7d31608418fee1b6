using GntTui.Views.Screens.Audit;
using GntTui.Views.Screens.Drbd;
using GntTui.Views.Screens.Instances;
using GntTui.Views.Screens.Jobs;
using GntTui.Views.Screens.Nodes;
using GntTui.Views.Screens.Runbooks;
using GntTui.Views.Screens.Shared;
using GntTui.Views.Screens.Verify;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>ViewKind → screen, k9s style: adding a resource kind is one line here and one screen class.</summary>
internal static class ScreenRegistry
{
    public static IReadOnlyList<ViewRegistration> All { get; } =
    [
        new(ViewKind.Nodes, "nodes", "no", "1", "nodes", (_, time) => new NodesView(time)),
        new(ViewKind.Instances, "instances", "in", "2", "instances", (_, _) => new InstancesView()),
        new(ViewKind.Drbd, "drbd", "dr", "3", "DRBD disks and resyncs", (options, time) => new DrbdView(options.Theme.IsMono, time)),
        new(ViewKind.Jobs, "jobs", "jo", "4", "job queue", (_, time) => new JobsView(time)),
        new(ViewKind.Verify, "verify", "ve", "5", "cluster verify findings (v runs it)", (_, time) => new VerifyView(time)),
        new(ViewKind.Audit, "audit", "au", "6", "audit trail of what was sent from here", (_, time) => new AuditView(time)),
        new(ViewKind.Runbooks, "runbooks", "ru", "7", "node maintenance runbooks", (_, time) => new RunbooksView(time)),
    ];

    public static ViewRegistration Of(ViewKind kind) => All.First(r => r.Kind == kind);

    public static ViewRegistration? ForCommand(string command) =>
        All.FirstOrDefault(r => string.Equals(r.Command, command, StringComparison.OrdinalIgnoreCase));

    public static IReadOnlyDictionary<ViewKind, IResourceView> CreateViews(ConsoleOptions options, TimeProvider time) =>
        All.ToDictionary(r => r.Kind, r => r.Create(options, time));

    /// <summary>The <c>:</c> palette: one entry per view, then the console's own commands.</summary>
    public static IReadOnlyList<PaletteEntry> PaletteEntries { get; } =
    [
        .. All.Select(r => new PaletteEntry(r.Command, r.Description, r.Alias)),
        new PaletteEntry(ConsoleCommands.Refresh, "refresh now", "r"),
        new PaletteEntry(ConsoleCommands.ShowGroup, "the last multi-select's jobs", "gr"),
        new PaletteEntry(ConsoleCommands.Help, "every key of this screen", "h"),
        new PaletteEntry(ConsoleCommands.Quit, "leave gnt-tui", "q"),
    ];
}

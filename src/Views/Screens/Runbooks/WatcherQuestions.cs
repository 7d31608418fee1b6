using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Runbooks;

/// <summary>
/// Maintenance keeps the watcher out of the way: w pauses it (<c>gnt-cluster watcher pause</c>, an hour)
/// before work starts, W lets it go on (<c>watcher continue</c>) at the end; both asked first and audited.
/// A paused watcher restarts nothing that fails, so the header says so for as long as it lasts.
/// </summary>
internal static class WatcherQuestions
{
    public static readonly TimeSpan Pause = TimeSpan.FromHours(1);

    public static IReadOnlyList<KeyBinding> Bindings { get; } =
    [
        KeyBinding.Create("w", ConsoleCommands.WatcherPause, "pause the watcher for an hour (maintenance)", KeyGroups.Operations, dangerous: true, footer: true, hint: "pause watcher"),
        KeyBinding.Create("W", ConsoleCommands.WatcherContinue, "let the watcher continue", KeyGroups.Operations, dangerous: true),
    ];

    public static ActionResult? For(string command, ActionContext context) => command switch
    {
        ConsoleCommands.WatcherPause => new ActionResult.Ask(
            Dialog.Confirm("Pause the watcher", "gnt-cluster watcher pause 3600\n\nFor an hour the watcher restarts no instance and repairs no disk: " +
                "maintenance is not undone behind your back. W lets it continue.", ["Pause", "Cancel"], dangerous: true),
            () => new ConsoleIntent.SetWatcher(Pause, Reason("pause the watcher for maintenance", context))),
        ConsoleCommands.WatcherContinue => context.Data.Planners.Watcher?.Status is { Paused: false }
            ? new ActionResult.Told("the watcher is not paused")
            : new ActionResult.Ask(Dialog.Confirm("Let the watcher continue", "gnt-cluster watcher continue", ["Continue", "Cancel"], dangerous: true),
                () => new ConsoleIntent.SetWatcher(null, Reason("maintenance over", context))),
        _ => null,
    };

    private static string Reason(string what, ActionContext context) => $"gnt-tui: {what} ({context.Operator ?? "console"})";
}

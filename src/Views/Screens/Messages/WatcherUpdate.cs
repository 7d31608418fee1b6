using GntTui.Engine.Planners;

namespace GntTui.Views.Screens.Messages;

/// <summary>The watcher's state as <c>gnt-cluster watcher</c> last said it, or why it could not be read.</summary>
public sealed record WatcherUpdate(WatcherStatus? Status, string? Error, DateTimeOffset At);

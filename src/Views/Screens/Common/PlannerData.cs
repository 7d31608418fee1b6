using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Screens.Common;

/// <summary>What Ganeti's planners last said: hbal's plan, hroller's groups, the watcher, hspace's room; null until they answer.</summary>
internal sealed record PlannerData(BalanceUpdate? Balance = null, RollUpdate? Roll = null, WatcherUpdate? Watcher = null, CapacityUpdate? Capacity = null)
{
    public static PlannerData None { get; } = new();
}

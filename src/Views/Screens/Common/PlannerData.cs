using GntTui.Engine.Operations.Rolling;
using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Screens.Common;

/// <summary>What Ganeti's planners last said: hbal's plan, hroller's groups, the watcher, hspace's room; null until they answer. <c>Rolling</c>: the latest state of the roll (one per cluster at a time).</summary>
internal sealed record PlannerData(BalanceUpdate? Balance = null, RollUpdate? Roll = null, WatcherUpdate? Watcher = null, CapacityUpdate? Capacity = null, RollState? Rolling = null)
{
    public static PlannerData None { get; } = new();
}

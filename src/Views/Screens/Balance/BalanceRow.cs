using GntTui.Engine.Planners;

namespace GntTui.Views.Screens.Balance;

/// <summary>One of hbal's moves, with the jobset and commands that carry it out.</summary>
internal sealed record BalanceRow(HbalMove Move, HbalJob? Job);

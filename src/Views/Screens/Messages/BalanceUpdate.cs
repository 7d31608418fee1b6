using GntTui.Engine.Planners;

namespace GntTui.Views.Screens.Messages;

/// <summary>hbal was asked (<paramref name="Running"/>), answered with a plan, or could not (<paramref name="Error"/>).</summary>
public sealed record BalanceUpdate(HbalOptions Options, HbalPlan? Plan, string? Error, DateTimeOffset At, bool Running = false);

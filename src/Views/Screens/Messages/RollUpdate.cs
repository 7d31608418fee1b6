using GntTui.Engine.Planners;

namespace GntTui.Views.Screens.Messages;

/// <summary>hroller was asked (<paramref name="Running"/>), answered with its reboot groups, or could not (<paramref name="Error"/>).</summary>
public sealed record RollUpdate(HrollerOptions Options, HrollerPlan? Plan, string? Error, DateTimeOffset At, bool Running = false);

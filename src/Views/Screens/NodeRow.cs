using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens;

/// <summary>A node and, when the DRBD layer has reported on it, how many of its DRBD disks need attention.</summary>
internal sealed record NodeRow(GanetiNode Node, int? DrbdUnhealthy);

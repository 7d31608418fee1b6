using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens.Nodes;

/// <summary>A node and, when the DRBD monitor samples it, its sampling state and degraded minor count.</summary>
internal sealed record NodeRow(GanetiNode Node, DrbdNodeView? Drbd);

using GntTui.Engine.Fleet;

namespace GntTui.Views.Screens.Messages;

/// <summary>Every configured cluster at a glance, as the fleet last summarised them.</summary>
public sealed record ClusterRows(IReadOnlyList<ClusterSummary> Rows);

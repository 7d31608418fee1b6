using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens;

/// <summary>Snapshot → node rows. Pure, so it is tested without a terminal.</summary>
internal static class NodeRowBuilder
{
    /// <param name="nodes">The snapshot's nodes.</param>
    /// <param name="drbdUnhealthy">Node → unhealthy DRBD disk count; a node absent from it (or a null map) shows no DRBD summary.</param>
    public static IReadOnlyList<NodeRow> Build(IReadOnlyList<GanetiNode> nodes, IReadOnlyDictionary<string, int>? drbdUnhealthy)
    {
        var rows = new NodeRow[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            int? unhealthy = drbdUnhealthy is not null && drbdUnhealthy.TryGetValue(node.Name, out var n) ? n : null;
            rows[i] = new NodeRow(node, unhealthy);
        }

        return rows;
    }
}

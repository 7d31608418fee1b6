using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens.Nodes;

/// <summary>Snapshot → node rows. Pure, so it is tested without a terminal.</summary>
internal static class NodeRowBuilder
{
    /// <param name="nodes">The snapshot's nodes.</param>
    /// <param name="drbd">Node → the DRBD monitor's view of it; a node absent from it (or a null map) shows no DRBD summary.</param>
    public static IReadOnlyList<NodeRow> Build(IReadOnlyList<GanetiNode> nodes, IReadOnlyDictionary<string, DrbdNodeView>? drbd)
    {
        var rows = new NodeRow[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            rows[i] = Row(nodes[i], drbd);
        }

        return rows;
    }

    /// <summary>One node's row: what a refresh that changed it rebuilds.</summary>
    public static NodeRow Row(GanetiNode node, IReadOnlyDictionary<string, DrbdNodeView>? drbd) => new(node, drbd?.GetValueOrDefault(node.Name));
}

using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens.Nodes;

/// <summary>Snapshot → node rows. Pure, so it is tested without a terminal.</summary>
internal static class NodeRowBuilder
{
    /// <param name="nodes">The snapshot's nodes.</param>
    /// <param name="drbd">Node → the DRBD monitor's view of it; a node absent from it (or a null map) shows no DRBD summary.</param>
    /// <param name="previous">The rows built last time: a row whose node and DRBD view are the same objects is kept (a DRBD sample of one node makes one new row).</param>
    public static IReadOnlyList<NodeRow> Build(IReadOnlyList<GanetiNode> nodes, IReadOnlyDictionary<string, DrbdNodeView>? drbd, IReadOnlyList<NodeRow>? previous = null)
    {
        var rows = new NodeRow[nodes.Count];
        var aligned = previous?.Count == nodes.Count;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            var view = drbd?.GetValueOrDefault(node.Name);
            rows[i] = aligned && previous![i] is var old && ReferenceEquals(old.Node, node) && ReferenceEquals(old.Drbd, view) ? old : new NodeRow(node, view);
        }

        return rows;
    }

    /// <summary>One node's row: what a refresh that changed it rebuilds.</summary>
    public static NodeRow Row(GanetiNode node, IReadOnlyDictionary<string, DrbdNodeView>? drbd) => new(node, drbd?.GetValueOrDefault(node.Name));
}

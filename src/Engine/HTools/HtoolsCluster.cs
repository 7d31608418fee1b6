namespace GntTui.Engine.HTools;

/// <summary>
/// A cluster in htools' text format (Ganeti's <c>src/Ganeti/HTools/Backend/Text.hs</c>, what
/// <c>hbal -S</c> and <c>hscan</c> save): groups, nodes, instances, cluster tags and the
/// instance-policy lines, sections separated by an empty line. Policies are kept as their lines.
/// </summary>
public sealed record HtoolsCluster(
    IReadOnlyList<HtoolsGroup> Groups,
    IReadOnlyList<HtoolsNode> Nodes,
    IReadOnlyList<HtoolsInstance> Instances,
    IReadOnlyList<string> ClusterTags,
    IReadOnlyList<string> PolicyLines)
{
    public HtoolsGroup? GroupOf(HtoolsNode node) => Groups.FirstOrDefault(g => g.Uuid == node.GroupUuid);
}

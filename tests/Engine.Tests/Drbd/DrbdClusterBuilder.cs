using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>Cluster snapshots for DRBD tests: nodes (some offline) and DRBD instances placed on them.</summary>
internal sealed class DrbdClusterBuilder
{
    private readonly List<GanetiNode> _nodes = [];
    private readonly List<GanetiInstance> _instances = [];

    public DrbdClusterBuilder Node(string name, bool offline = false)
    {
        _nodes.RemoveAll(n => n.Name == name);
        _nodes.Add(DrbdSamplerTests.Node(name, offline));
        return this;
    }

    /// <param name="down">Shut down by the admin (ADMIN_down): Ganeti deactivates its disks.</param>
    public DrbdClusterBuilder Instance(string name, string primary, string secondary, string template = "drbd", bool down = false)
    {
        _instances.RemoveAll(i => i.Name == name);
        _instances.Add(new GanetiInstance(name, down ? InstanceStatus.AdminDown : InstanceStatus.Running, down ? "ADMIN_down" : "running",
            Reading<bool>.Of(!down), down ? "down" : "up", primary, [secondary], template,
            Reading<long>.Of(1024), Reading<int>.Of(1), Reading<long>.Of(1024)));
        return this;
    }

    public ClusterSnapshot Build() =>
        new("cluster.example.com", null, [.. _nodes], [.. _instances], [], Fixture.Time, ConnectionState.Live);
}

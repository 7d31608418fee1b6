using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Live;

/// <summary>One read of the cluster: who it is (name, master, version) and its nodes, instances and jobs.</summary>
public sealed record ClusterReading(ClusterInfo Info, ClusterData Data);

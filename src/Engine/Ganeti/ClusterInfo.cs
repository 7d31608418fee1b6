namespace GntTui.Engine.Ganeti;

/// <summary>The parts of <c>gnt-cluster info</c> the console shows.</summary>
public sealed record ClusterInfo(string Name, string MasterNode, string Version);

namespace GntTui.Engine.Ganeti.Info;

/// <summary>One side of a DRBD disk as <c>gnt-instance info</c> names it: "nodeA: node1.example.com, minor=0".</summary>
public sealed record InfoDrbdEnd(string Node, int Minor);

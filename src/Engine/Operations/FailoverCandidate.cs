namespace GntTui.Engine.Operations;

/// <summary>A node that could take the master role: its name and how to reach it over ssh.</summary>
public sealed record FailoverCandidate(string Node, string Ssh);

namespace GntTui.Engine.Redundancy;

/// <summary>
/// A node as htools sees it for N+1: free memory in MiB. <see cref="Offline"/> is htools' meaning:
/// offline, drained, or not answering (Ganeti's Luxi loader marks all three offline), so the node
/// is neither judged nor counted as room.
/// </summary>
public sealed record RedundancyNode(string Name, string Group, bool Offline, long FreeMiB);

namespace GntTui.Engine.Drbd;

/// <summary>
/// One row of <c>gnt-node list-drbd</c>: on <see cref="Node"/>, DRBD minor <see cref="Minor"/>
/// backs disk <see cref="DiskIndex"/> of <see cref="Instance"/>. <see cref="Role"/> is the node's
/// configured role for the instance (not DRBD's live role); <see cref="PeerNode"/> holds the other side.
/// </summary>
public sealed record DrbdMinorMapping(string Node, int Minor, string Instance, int DiskIndex, DrbdRole Role, string PeerNode);

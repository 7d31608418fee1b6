namespace GntTui.Engine.Drbd;

/// <summary>A minor on a node; <see cref="Peer"/> tells DRBD 9's several peers of one minor apart.</summary>
public readonly record struct DrbdDeviceKey(string Node, int Minor, string? Peer = null)
{
    public static DrbdDeviceKey Of(string node, DrbdDevice device) => new(node, device.Minor, device.PeerName);
}

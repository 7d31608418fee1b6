namespace GntTui.Engine.Drbd;

/// <summary>
/// The current state of one resource as events2 has described it so far. Change lines carry only
/// what changed, so each object keeps a field bag that later lines are merged into.
/// </summary>
internal sealed class Events2Resource
{
    public Events2Resource(string name) => Name = name;

    public string Name { get; set; }

    public Dictionary<string, string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Local devices by volume.</summary>
    public SortedDictionary<int, Dictionary<string, string>> Devices { get; } = [];

    /// <summary>Connections by peer key (conn-name, else peer-node-id).</summary>
    public SortedDictionary<string, Dictionary<string, string>> Connections { get; } = new(StringComparer.Ordinal);

    /// <summary>Peer devices by (peer key, volume).</summary>
    public Dictionary<(string Peer, int Volume), Dictionary<string, string>> PeerDevices { get; } = [];

    public static void Merge(Dictionary<string, string> into, IReadOnlyDictionary<string, string> fields)
    {
        foreach (var (key, value) in fields)
        {
            into[key] = value;
        }
    }
}

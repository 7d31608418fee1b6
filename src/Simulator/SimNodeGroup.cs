namespace GntTui.Simulator;

/// <summary>A node group: DRBD pairs and iallocator moves stay within one.</summary>
public sealed class SimNodeGroup(string name, string uuid)
{
    public string Name { get; } = name;
    public string Uuid { get; } = uuid;
}

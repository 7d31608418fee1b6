namespace GntTui.Simulator;

/// <summary>How big a demo cluster to build.</summary>
public sealed record DemoSize(int Nodes, int Instances)
{
    /// <summary>A few nodes, every template, some DRBD: the default demo.</summary>
    public static DemoSize Small { get; } = new(4, 16);

    public static DemoSize Medium { get; } = new(40, 600);

    /// <summary>The scale target: 1,000 nodes and 20,000 instances.</summary>
    public static DemoSize Large { get; } = new(1000, 20000);
}

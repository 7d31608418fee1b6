using System.Globalization;
using GntTui.Engine.Config;

namespace GntTui.Simulator;

/// <summary>How big a demo cluster to build.</summary>
public sealed record DemoSize(int Nodes, int Instances)
{
    /// <summary>A few nodes, every template, some DRBD: the default demo.</summary>
    public static DemoSize Small { get; } = new(4, 16);

    public static DemoSize Medium { get; } = new(40, 600);

    /// <summary>The scale target: 1,000 nodes and 20,000 instances.</summary>
    public static DemoSize Large { get; } = new(1000, 20000);

    /// <summary>"small", "medium", "large" or "nodes=1000,instances=20000".</summary>
    public static DemoSize Parse(string? text)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "" or "small":
                return Small;
            case "medium":
                return DemoSize.Medium;
            case "large":
                return DemoSize.Large;
        }
        int? nodes = null, instances = null;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2 || !int.TryParse(kv[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
            {
                throw new ConfigException($"--demo-size: '{part}' is not name=number");
            }
            switch (kv[0])
            {
                case "nodes":
                    nodes = n;
                    break;
                case "instances":
                    instances = n;
                    break;
                default:
                    throw new ConfigException($"--demo-size: unknown '{kv[0]}' (use nodes=N,instances=M)");
            }
        }
        return new DemoSize(nodes ?? Small.Nodes, instances ?? Small.Instances);
    }
}

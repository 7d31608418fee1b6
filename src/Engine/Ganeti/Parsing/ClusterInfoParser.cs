namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>
/// Picks the cluster name and master from <c>gnt-cluster info</c> and the version from
/// <c>gnt-cluster version</c> ("Software version: 3.0.2"). Only top-level keys are read:
/// nested parameter blocks are indented.
/// </summary>
public static class ClusterInfoParser
{
    public static ClusterInfo? Parse(string infoOutput, string versionOutput)
    {
        var info = TopLevelKeys(infoOutput);
        var version = TopLevelKeys(versionOutput);
        if (!info.TryGetValue("Cluster name", out var name) || !info.TryGetValue("Master node", out var master))
        {
            return null;
        }
        return new ClusterInfo(name, master, version.GetValueOrDefault("Software version", "?"));
    }

    private static Dictionary<string, string> TopLevelKeys(string output)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || char.IsWhiteSpace(line[0]))
            {
                continue;
            }
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon > 0)
            {
                keys.TryAdd(line[..colon], line[(colon + 2)..].Trim());
            }
        }
        return keys;
    }
}

using System.Text.Json;
using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Config;

/// <summary>Reads the config file and picks the cluster profile the command line asks for.</summary>
public static class ConfigLoader
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>$XDG_CONFIG_HOME/gnt-tui (default ~/.config/gnt-tui): config.json and user themes.</summary>
    public static string ConfigDirectory()
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrEmpty(config))
        {
            config = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        }
        return Path.Combine(config, "gnt-tui");
    }

    public static string DefaultPath() => Path.Combine(ConfigDirectory(), "config.json");

    /// <summary>The config, an empty one when the file does not exist; a clear error when it is broken.</summary>
    public static GntTuiConfig Load(string? path = null)
    {
        path ??= DefaultPath();
        if (!File.Exists(path))
        {
            return new GntTuiConfig();
        }
        GntTuiConfig? config;
        try
        {
            config = JsonSerializer.Deserialize<GntTuiConfig>(File.ReadAllText(path), Json);
        }
        catch (JsonException e)
        {
            throw new ConfigException($"{path}: not valid JSON at line {e.LineNumber + 1}: {e.Message}");
        }
        config ??= new GntTuiConfig();
        foreach (var c in config.Clusters)
        {
            if (string.IsNullOrWhiteSpace(c.Name))
            {
                throw new ConfigException($"{path}: a cluster has no name");
            }
            if (!c.Local && !c.Demo && string.IsNullOrWhiteSpace(c.Ssh))
            {
                throw new ConfigException($"{path}: cluster '{c.Name}' needs \"ssh\" (the master's ssh destination), \"local\": true or \"demo\": true");
            }
        }
        if (config.Clusters.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ConfigException($"{path}: two clusters are named '{twice.Key}'");
        }
        return config;
    }

    /// <summary>
    /// What to open: an explicit --ssh target, a named profile, the default profile, or nothing
    /// (null: the demo).
    /// </summary>
    public static ClusterProfile? Select(GntTuiConfig config, string? clusterName, string? sshTarget)
    {
        if (!string.IsNullOrEmpty(sshTarget))
        {
            var host = sshTarget.Contains('@', StringComparison.Ordinal) ? sshTarget[(sshTarget.IndexOf('@', StringComparison.Ordinal) + 1)..] : sshTarget;
            return new ClusterProfile { Name = NameValidator.IsValidHostname(host) ? host : sshTarget, Ssh = sshTarget, ReadOnly = config.ReadOnly };
        }
        if (!string.IsNullOrEmpty(clusterName))
        {
            return config.Clusters.FirstOrDefault(c => c.Name == clusterName)
                ?? throw new ConfigException($"no cluster named '{clusterName}' in {DefaultPath()} (known: {string.Join(", ", config.Clusters.Select(c => c.Name).DefaultIfEmpty("none"))})");
        }
        if (config.Clusters.Count == 0)
        {
            return null;
        }
        return config.Clusters.FirstOrDefault(c => c.Name == config.DefaultCluster) ?? config.Clusters[0];
    }
}

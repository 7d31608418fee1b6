namespace GntTui.Lab.Tests;

/// <summary>
/// What tests/lab/up.sh wrote about the running lab (/srv/gnt-lab/run/lab.env). In CI the lab is
/// required (GNTTUI_LAB_REQUIRED=1): its absence fails the tests instead of skipping them.
/// </summary>
internal static class LabEnvironment
{
    public const string EnvFile = "/srv/gnt-lab/run/lab.env";

    private static readonly Lazy<IReadOnlyDictionary<string, string>?> Values = new(Load);

    public static bool Required => Environment.GetEnvironmentVariable("GNTTUI_LAB_REQUIRED") is "1" or "true";

    public static bool IsUp => Values.Value is not null;

    public static string WhyNot => $"the Ganeti lab is not up ({EnvFile} missing): run `sudo bash tests/lab/up.sh`";

    public static string SshTarget => Get("LAB_SSH_TARGET");

    public static string NonMasterTarget => Get("LAB_NONMASTER_TARGET");

    public static IReadOnlyList<string> Nodes => Get("LAB_NODES").Split(',', StringSplitOptions.RemoveEmptyEntries);

    public static string Get(string key)
    {
        var values = Values.Value ?? throw new InvalidOperationException(WhyNot);
        return values.TryGetValue(key, out var v) ? v : throw new InvalidOperationException($"{EnvFile} has no {key}");
    }

    private static Dictionary<string, string>? Load()
    {
        if (!File.Exists(EnvFile))
        {
            return null;
        }
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(EnvFile))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && !line.StartsWith('#'))
            {
                d[line[..eq].Trim()] = line[(eq + 1)..].Trim().Trim('"', '\'');
            }
        }
        return d;
    }
}

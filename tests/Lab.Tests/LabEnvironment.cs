using GntTui.Engine.Remote;

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

    /// <summary>Runs a command on the master over a plain ssh (no Engine parsing) and returns its stdout.</summary>
    public static async Task<string> SshAsync(params string[] remoteArgv)
    {
        var r = await ProcessRunner.RunAsync(["ssh", "-o", "BatchMode=yes", SshTarget, ShellQuote.Join(remoteArgv)], TimeSpan.FromSeconds(60), CancellationToken.None);
        Assert.True(r.ExitCode == 0, $"ssh {string.Join(' ', remoteArgv)} exited {r.ExitCode}: {r.Stderr}");
        return r.Stdout;
    }

    /// <summary>tests/lab/reset.sh (this repository's copy): every node online and undrained, inst1..6 on their initial nodes.</summary>
    public static async Task ResetAsync()
    {
        var script = RepoFile("tests/lab/reset.sh") ?? Get("LAB_RESET");
        var r = await ProcessRunner.RunAsync(["bash", script], TimeSpan.FromMinutes(5), CancellationToken.None);
        Assert.True(r.ExitCode == 0, $"reset.sh exited {r.ExitCode}: {r.Stdout}{r.Stderr}");
    }

    /// <summary>A file of this repository, found from the test binaries upwards.</summary>
    public static string? RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return null;
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

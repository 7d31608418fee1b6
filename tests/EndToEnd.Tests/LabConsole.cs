using GntTui.Engine.Remote;

namespace GntTui.EndToEnd.Tests;

/// <summary>The lab as tests/lab/up.sh left it (/srv/gnt-lab/run/lab.env), a bare ssh to cross-check what the console shows, and reset.sh.</summary>
internal static class LabConsole
{
    public const string EnvFile = "/srv/gnt-lab/run/lab.env";

    private static readonly Lazy<IReadOnlyDictionary<string, string>?> Values = new(Load);

    public static bool Required => Environment.GetEnvironmentVariable("GNTTUI_LAB_REQUIRED") is "1" or "true";

    public static bool IsUp => Values.Value is not null;

    public static bool HasTmux => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "tmux")));

    public static string WhyNot => $"the Ganeti lab is not up ({EnvFile} missing): run `sudo bash tests/lab/up.sh`";

    public static string SshTarget => Get("LAB_SSH_TARGET");

    /// <summary>name → (primary node, disk template), straight from Ganeti.</summary>
    public static IReadOnlyDictionary<string, (string Primary, string Template)> Instances()
    {
        var output = Ssh("gnt-instance", "list", "--no-headers", "--separator=|", "-o", "name,pnode,disk_template");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('|'))
            .ToDictionary(f => f[0], f => (f[1], f[2]), StringComparer.Ordinal);
    }

    /// <summary>Back to the initial placement (reset.sh waits for pending jobs first); the repository's own copy.</summary>
    public static void Reset()
    {
        var script = FindReset();
        var r = ProcessRunner.RunAsync(["bash", script], TimeSpan.FromMinutes(5), CancellationToken.None).GetAwaiter().GetResult();
        Assert.True(r.ExitCode == 0, $"{script} exited {r.ExitCode}: {r.Stderr}{r.Stdout}");
    }

    public static string Ssh(params string[] remoteArgv)
    {
        var r = ProcessRunner.RunAsync(["ssh", "-o", "BatchMode=yes", SshTarget, ShellQuote.Join(remoteArgv)], TimeSpan.FromSeconds(60), CancellationToken.None)
            .GetAwaiter().GetResult();
        Assert.True(r.ExitCode == 0, $"ssh {string.Join(' ', remoteArgv)} exited {r.ExitCode}: {r.Stderr}");
        return r.Stdout;
    }

    private static string FindReset()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "lab", "reset.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Get("LAB_RESET");
    }

    private static string Get(string key)
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

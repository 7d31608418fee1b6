using GntTui.Lab.Tests;

namespace GntTui.EndToEnd.Tests;

/// <summary>The lab as tests/lab/up.sh left it (/srv/gnt-lab/run/lab.env), a bare ssh to cross-check what the console shows, and reset.sh.</summary>
internal static class LabConsole
{
    public static bool Required => LabEnvironment.Required;

    public static bool IsUp => LabEnvironment.IsUp;

    public static string WhyNot => LabEnvironment.WhyNot;

    public static bool HasTmux => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "tmux")));

    public static string SshTarget => LabEnvironment.SshTarget;

    /// <summary>name → (primary node, disk template), straight from Ganeti.</summary>
    public static IReadOnlyDictionary<string, (string Primary, string Template)> Instances()
    {
        var output = Ssh("gnt-instance", "list", "--no-headers", "--separator=|", "-o", "name,pnode,disk_template");
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split('|'))
            .ToDictionary(f => f[0], f => (f[1], f[2]), StringComparer.Ordinal);
    }

    /// <summary>Back to the initial placement (reset.sh waits for pending jobs first).</summary>
    public static void Reset() => LabEnvironment.ResetAsync().GetAwaiter().GetResult();

    public static string Ssh(params string[] remoteArgv) => LabEnvironment.SshAsync(remoteArgv).GetAwaiter().GetResult();
}

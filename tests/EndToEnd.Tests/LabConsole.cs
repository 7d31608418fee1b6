using GntTui.Engine.Remote;
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

        return LabEnvironment.Get("LAB_RESET");
    }
}

using System.Diagnostics;

namespace GntTui.Engine.Tests.HTools;

/// <summary>Runs Ganeti's htools programs on a text-format file.</summary>
internal static class Htools
{
    private static readonly string[] Oracles = ["hcheck", "hinfo"];

    public static string? Path(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => System.IO.Path.Combine(d, program)).FirstOrDefault(File.Exists);

    /// <summary>Why the oracle cannot run here, or null.</summary>
    public static string? Missing =>
        Oracles.Where(p => Path(p) is null).Select(p => $"{p} is not installed").FirstOrDefault();

    /// <summary>
    /// hcheck's machine-readable verdict without rebalancing: group uuid → "Nodes not N+1 happy".
    /// Without --no-capacity-checks, hcheck 3.0.2 dies ("IntMap.!: key 12 is not an element of the
    /// map") in its global-N+1 evacuation check on a DRBD instance split across groups; N1_FAIL
    /// does not depend on that check.
    /// </summary>
    public const string HcheckFlags = "--machine-readable --no-simulation --no-capacity-checks";

    public static Dictionary<string, int> HcheckN1FailByGroup(string file)
    {
        var output = Run("hcheck", $"-t {file} {HcheckFlags}");
        var values = output.Split('\n').Select(l => l.Split('=', 2)).Where(kv => kv.Length == 2).ToDictionary(kv => kv[0], kv => kv[1].Trim('\''));
        if (values.GetValueOrDefault("HCHECK_OK") != "1")
        {
            throw new InvalidOperationException("hcheck did not finish: " + output);
        }
        var byGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, uuid) in values.Where(kv => kv.Key.StartsWith("HCHECK_GROUP_UUID_", StringComparison.Ordinal)))
        {
            var idx = key["HCHECK_GROUP_UUID_".Length..];
            byGroup[uuid] = int.Parse(values[$"HCHECK_INIT_GROUP_{idx}_N1_FAIL"], System.Globalization.CultureInfo.InvariantCulture);
        }
        return byGroup;
    }

    /// <summary>hinfo's node list, column F: node → '*' (not N+1 happy), '-' (offline) or ' '.</summary>
    public static Dictionary<string, char> HinfoStatus(string file)
    {
        // htools print the node list on stderr (CLI.maybePrintNodes).
        var lines = Run("hinfo", $"-t {file} --print-nodes=name,status", stderr: true).Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("Cluster status:", StringComparison.Ordinal));
        var status = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(start + 2).TakeWhile(l => l.Trim().Length > 0))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            status[f[0]] = f.Length > 1 ? f[1][0] : ' ';
        }
        return status;
    }

    private static string Run(string program, string args, bool stderr = false)
    {
        using var p = Process.Start(new ProcessStartInfo(Path(program) ?? program, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException(program + " did not start");
        var errors = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        // hcheck exits 1 when the cluster "needs rebalancing": a verdict, not a failure.
        if (p.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"{program} {args} exited {p.ExitCode}: {errors.Result}");
        }
        return stderr ? errors.Result : stdout;
    }
}

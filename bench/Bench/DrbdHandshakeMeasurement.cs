using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GntTui.Engine.Drbd;
using GntTui.Engine.Remote;

namespace GntTui.Bench;

/// <summary>
/// SSH handshakes made by <see cref="DrbdSampler"/> over real ssh to the Ganeti lab (the lab has no
/// DRBD: each `cat /proc/drbd` fails and the capture is blank, which is fine, it is the transport
/// being measured). Counted three ways: "Authenticated to" lines of the ssh clients themselves
/// (LogLevel=VERBOSE, copied off their stderr by a wrapper given as SshPath), "Accepted publickey"
/// lines in the lab sshd's log whose client port is one of our master connections', and
/// `ssh -O check` before and after (the same master pid per node carried everything).
/// Run as root with the lab up:
///   dotnet run -c Release --project bench/Bench -- --measure-handshakes [--seconds 60] [--restart-every 20]
/// </summary>
internal static class DrbdHandshakeMeasurement
{
    private const string LabEnv = "/srv/gnt-lab/run/lab.env";

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = Option(args, "--seconds", 60);
        var restartEvery = Option(args, "--restart-every", 0);
        var env = File.ReadAllLines(LabEnv).Where(l => l.Contains('=', StringComparison.Ordinal))
            .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var nodes = env["LAB_NODES"].Split(',');
        var sshdLog = Path.Combine(env["LAB_ROOT"], "log", "sshd.log");
        var work = Directory.CreateTempSubdirectory("gnttui-handshakes-").FullName;
        var control = RuntimeDirectory.EnsurePrivate(Path.Combine(work, "cm"));
        var wrapper = WriteWrapper(work);
        var logOffset = new FileInfo(sshdLog).Length;
        Console.WriteLine($"nodes {string.Join(' ', nodes)}; {seconds} s of sampling at 1 s; stream restarts forced every {(restartEvery > 0 ? restartEvery + " s" : "never")}");

        var samples = nodes.ToDictionary(n => n, _ => 0);
        var shells = DrbdNodeShells.OpenSsh(new SshOptions { Target = env["LAB_SSH_TARGET"], ControlDirectory = control, SshPath = wrapper });
        var sampler = new DrbdSampler(shells.Get);
        sampler.SampleReceived += s =>
        {
            lock (samples)
            {
                samples[s.Node]++;
            }
        };
        var clock = Stopwatch.StartNew();
        sampler.SetNodes(nodes);
        while (sampler.Status.Values.Count(s => s.State == DrbdStreamState.Live) < nodes.Length && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(50);
        }
        var firstSampleAfter = clock.Elapsed;
        var mastersBefore = nodes.ToDictionary(n => n, n => MasterPid(control, n));
        var nextRestart = restartEvery;
        while (clock.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            await Task.Delay(200);
            if (restartEvery > 0 && clock.Elapsed >= TimeSpan.FromSeconds(nextRestart))
            {
                // The streams end and start again on the shells kept by DrbdNodeShells: new ssh processes, same masters.
                sampler.SetNodes([]);
                sampler.SetNodes(nodes);
                nextRestart += restartEvery;
            }
        }
        var mastersAfter = nodes.ToDictionary(n => n, n => MasterPid(control, n));
        var masterPorts = mastersAfter.Values.OfType<int>().SelectMany(LocalSshPorts).ToHashSet();
        var status = sampler.Status;
        await sampler.DisposeAsync();
        await Task.Delay(500);

        var invocations = File.Exists(Path.Combine(work, "invocations.log")) ? File.ReadAllLines(Path.Combine(work, "invocations.log")) : [];
        var streamProcesses = invocations.Count(l => !l.Contains(" -O ", StringComparison.Ordinal));
        var clientHandshakes = File.Exists(Path.Combine(work, "stderr.log"))
            ? File.ReadAllLines(Path.Combine(work, "stderr.log")).Where(l => l.StartsWith("Authenticated to ", StringComparison.Ordinal)).ToList()
            : [];
        var accepted = NewAcceptedPorts(sshdLog, logOffset);
        await shells.DisposeAsync();

        Console.WriteLine($"first sample from every node after {firstSampleAfter.TotalMilliseconds:0} ms");
        Console.WriteLine("node                 samples  stream starts  master pid (start -> end)");
        foreach (var n in nodes)
        {
            Console.WriteLine($"{n,-20} {samples[n],7}  {sampler.StreamStarts(n),13}  {mastersBefore[n]?.ToString(CultureInfo.InvariantCulture) ?? "none"} -> {mastersAfter[n]?.ToString(CultureInfo.InvariantCulture) ?? "none"}");
        }
        Console.WriteLine($"ssh processes started (streams, not -O): {streamProcesses}");
        Console.WriteLine($"handshakes, client side ('Authenticated to'): {clientHandshakes.Count}");
        foreach (var line in clientHandshakes)
        {
            Console.WriteLine("  " + line);
        }
        Console.WriteLine($"handshakes, lab sshd ('Accepted publickey' while we ran): {accepted.Count}, of them on our masters' ports: {accepted.Count(masterPorts.Contains)}"
            + " (the lab is shared: other logins may appear)");
        var sameMasters = nodes.All(n => mastersBefore[n] is { } b && b == mastersAfter[n]);
        Console.WriteLine($"one master per node from first sample to end: {(sameMasters ? "yes" : "NO")}");
        var extra = clientHandshakes.Count - nodes.Length;
        Console.WriteLine($"handshakes after the first per node: {extra}");
        Console.WriteLine(string.Join(", ", status.Values.Select(s => $"{s.Node}: {s.State}{(s.LastError is { } e ? " (" + e + ")" : "")}")));
        Directory.Delete(work, recursive: true);
        return extra == 0 && sameMasters ? 0 : 1;
    }

    /// <summary>ssh as the sampler calls it, plus LogLevel=VERBOSE; its stderr still reaches the sampler and is copied to a file.</summary>
    private static string WriteWrapper(string work)
    {
        var real = Which("ssh");
        var path = Path.Combine(work, "ssh");
        File.WriteAllText(path, $$"""
            #!/bin/bash
            printf '%s %s\n' "$(date +%s.%N)" "$*" >> '{{work}}/invocations.log'
            exec '{{real}}' -o LogLevel=VERBOSE "$@" 2> >(tee -a '{{work}}/stderr.log' >&2)

            """);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    private static int? MasterPid(string control, string node)
    {
        var r = Run("ssh", "-o", $"ControlPath={control}/cm-%C", "-O", "check", "--", "root@" + node);
        var m = Regex.Match(r, @"Master running \(pid=(\d+)\)");
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Local ports of a process's TCP connections to port 22 (ss -tnp).</summary>
    private static IEnumerable<int> LocalSshPorts(int pid) =>
        Run("ss", "-tnpH", "state", "established", "( dport = :22 )").Split('\n')
            .Where(l => l.Contains($"pid={pid},", StringComparison.Ordinal))
            .Select(l => Regex.Match(l, @":(\d+)\s+\S+:22\b"))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

    private static List<int> NewAcceptedPorts(string sshdLog, long offset)
    {
        using var stream = new FileStream(sshdLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return Regex.Matches(reader.ReadToEnd(), @"Accepted publickey for \S+ from \S+ port (\d+)")
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
    }

    private static string Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException($"{program} not on PATH");

    private static string Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(psi.ArgumentList.Add);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEndAsync();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return output.Result + error;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

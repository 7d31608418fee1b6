using System.Diagnostics;
using GntTui.Engine.HTools;

namespace GntTui.Simulator;

/// <summary>
/// <c>hbal</c>, <c>hroller</c>, <c>hspace</c> on the simulated master: the real htools binaries, when
/// this machine has them (Debian ganeti-htools-3.0), run on the simulated cluster written in htools'
/// text format (<c>-L</c> becomes <c>-t FILE</c>; every other option is theirs to judge, <c>-X</c>
/// included, which they refuse without Luxi). Without them the answer is the shell's "command not
/// found", as on a master without htools: the demo never makes up a plan.
/// </summary>
internal static class HtoolsProcess
{
    public static readonly string[] Programs = ["hbal", "hroller", "hspace"];

    /// <summary>Where the program is on this machine's PATH, or null.</summary>
    public static string? Locate(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

    public static SimProcess Resolve(SimulatedCluster cluster, string program, IReadOnlyList<string> argv, Func<string, string?>? locate = null) =>
        (locate ?? Locate)(program) is { } path
            ? new Run(cluster, path, argv)
            : ImmediateProcess.Fixed(cluster, 127, "", $"bash: line 1: {argv[0]}: command not found\n");

    /// <summary>The cluster is captured under its lock; the program runs outside it.</summary>
    private sealed class Run(SimulatedCluster cluster, string path, IReadOnlyList<string> argv) : SimProcess
    {
        public override async Task<int> RunAsync(SimProcessIO io, CancellationToken ct)
        {
            var state = HtoolsTextWriter.Write(cluster.Locked(() => HtoolsStateWriter.Capture(cluster)));
            var file = Path.Combine(Path.GetTempPath(), $"gnttui-sim-{Environment.ProcessId}-{Guid.NewGuid():N}.data");
            try
            {
                await File.WriteAllTextAsync(file, state, ct).ConfigureAwait(false);
                // Every stream redirected, stdin too: .NET hands a child that shares the terminal the
                // terminal's cooked settings while it runs, so keys typed meanwhile were echoed and an
                // echoed Enter scrolled the console's screen by a line (seen after :ctx).
                var start = new ProcessStartInfo(path) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var arg in argv.Skip(1))
                {
                    if (arg == "-L" || arg.StartsWith("--luxi", StringComparison.Ordinal))
                    {
                        start.ArgumentList.Add("-t");
                        start.ArgumentList.Add(file);
                    }
                    else
                    {
                        start.ArgumentList.Add(arg);
                    }
                }

                using var p = Process.Start(start) ?? throw new InvalidOperationException(path + " did not start");
                // A caller that stops waiting (the console's timeout, the console quitting) ends the
                // program too: hspace on 20,000 instances otherwise ran on for an hour, a core each.
                using var stop = ct.Register(() => Kill(p));
                try
                {
                    p.StandardInput.Close();
                    var errors = p.StandardError.ReadToEndAsync(ct);
                    var output = await p.StandardOutput.ReadToEndAsync(ct).ConfigureAwait(false);
                    await p.WaitForExitAsync(ct).ConfigureAwait(false);
                    io.Err(await errors.ConfigureAwait(false));
                    await io.Out(output).ConfigureAwait(false);
                    return p.ExitCode;
                }
                finally
                {
                    Kill(p);
                }
            }
            finally
            {
                File.Delete(file);
            }
        }

        private static void Kill(Process p)
        {
            try
            {
                if (!p.HasExited)
                {
                    p.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
                // Ended between the check and the kill.
            }
        }
    }
}

using System.Diagnostics;

namespace GntTui.EndToEnd.Tests;

/// <summary>Runs a program to its end and returns its output; a non-zero exit is an error with its stderr.</summary>
internal static class ProcessRun
{
    public static string Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {p.ExitCode}: {error}");
        }
        return output;
    }
}

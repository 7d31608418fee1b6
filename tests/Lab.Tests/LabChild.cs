using System.Diagnostics;

namespace GntTui.Lab.Tests;

/// <summary>
/// A console stand-in run as a real child process (a .NET file-based app from Fixtures/NAME.cs.txt
/// built against our Engine), killed with SIGKILL once it has said what the test waits for.
/// </summary>
internal static class LabChild
{
    public static string Write(string dir, string name)
    {
        var template = LabEnvironment.RepoFile($"tests/Lab.Tests/Fixtures/{name}.cs.txt") ?? throw new FileNotFoundException(name + ".cs.txt");
        var engine = LabEnvironment.RepoFile("src/Engine/Engine.csproj") ?? throw new FileNotFoundException("Engine.csproj");
        var path = Path.Combine(dir, name + ".cs");
        File.WriteAllText(path, File.ReadAllText(template).Replace("ENGINE_CSPROJ", engine, StringComparison.Ordinal));
        return path;
    }

    /// <summary>Runs the child until it prints a line starting with <paramref name="prefix"/>, returns that line, and kills it (its whole tree) either way.</summary>
    public static async Task<string> RunUntilKilledAsync(string child, IEnumerable<string> args, string prefix, TimeSpan limit)
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", ["run", child, "--", .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        try
        {
            using var cts = new CancellationTokenSource(limit);
            var stderr = process.StandardError.ReadToEndAsync(cts.Token);
            while (await process.StandardOutput.ReadLineAsync(cts.Token) is { } line)
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }

            throw new InvalidOperationException($"the child ended without '{prefix}': {await stderr}");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}

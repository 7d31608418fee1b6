using System.Diagnostics;

namespace GntTui.App.Tests;

/// <summary>
/// The README's install: the App packed as a .NET tool and installed from the package's folder puts
/// a <c>gnt-tui</c> command in the tool path that runs. Installed into a temporary tool path, from a
/// NuGet config that knows only that folder (no network).
/// </summary>
public sealed class DotnetToolTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnttui-tool-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Packed_and_installed_as_a_dotnet_tool_gnt_tui_runs_status_on_the_demo()
    {
        var packages = Path.Combine(_dir, "nupkg");
        var tools = Path.Combine(_dir, "tools");
        var config = Path.Combine(_dir, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);

        // The App was built for this test run (Debug): pack what was built.
        var pack = await RunAsync(Dotnet, "pack", Path.Combine(RepositoryRoot(), "src", "App"), "-c", "Debug", "--no-build", "-o", packages);
        Assert.True(pack.Exit == 0, pack.Output);
        var install = await RunAsync(Dotnet, "tool", "install", "--tool-path", tools, "--configfile", config, "GntTui");
        Assert.True(install.Exit == 0, install.Output);
        Assert.Contains("You can invoke the tool using the following command: gnt-tui", install.Output, StringComparison.Ordinal);

        var status = await RunAsync(Path.Combine(tools, "gnt-tui"), "status", "--demo");
        Assert.True(status.Exit == 0, status.Output);
        Assert.Contains("DEMO", status.Output, StringComparison.Ordinal);
        Assert.Contains("node1.example.com", status.Output, StringComparison.Ordinal);
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GntTui.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("GntTui.sln not found above " + AppContext.BaseDirectory);
    }

    private async Task<(int Exit, string Output)> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        start.Environment["XDG_STATE_HOME"] = _dir;
        start.Environment["XDG_CONFIG_HOME"] = _dir;
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}

using System.Reflection;
using GntTui.Engine.Ganeti;
using GntTui.Simulator;
using GntTui.Views.Terminal;

namespace GntTui.App.Tests.Architecture;

/// <summary>
/// The dependency rule, App → Views → Engine one way with the simulator beside the Engine, read
/// from the compiled assemblies: the Engine knows no screen, no terminal and no simulator; the
/// Views start no process, open no SQLite and no ssh (they ask the Engine).
/// </summary>
public sealed class DependencyRuleTests
{
    private static readonly AssemblyReferences Engine = AssemblyReferences.Of(typeof(GanetiClient).Assembly);
    private static readonly AssemblyReferences Views = AssemblyReferences.Of(typeof(ITerminal).Assembly);
    private static readonly AssemblyReferences Simulator = AssemblyReferences.Of(typeof(SimulatedCluster).Assembly);
    private static readonly AssemblyReferences Console = AssemblyReferences.Of(Assembly.Load(new AssemblyName("gnt-tui")));
    private static readonly string App = Console.Name;

    [Fact]
    public void The_engine_references_no_views_no_app_no_simulator_and_no_terminal()
    {
        AssertNone(Engine,
            assemblies: [Views.Name, App, Simulator.Name, "System.Console", "Spectre.Console", "System.CommandLine"],
            typePrefixes: ["GntTui.Views.", "GntTui.App.", "GntTui.Simulator.", "System.Console"]);
    }

    [Fact]
    public void The_views_start_no_process_open_no_sqlite_and_no_ssh()
    {
        AssertNone(Views,
            assemblies: [App, Simulator.Name, "System.Diagnostics.Process", "Microsoft.Data.Sqlite", "SQLitePCLRaw.core", "SQLitePCLRaw.batteries_v2"],
            typePrefixes:
            [
                "System.Diagnostics.Process", "Microsoft.Data.Sqlite.", "SQLitePCL.", "GntTui.App.", "GntTui.Simulator.",
                // The Engine's shells are what start ssh (or a local sh): the Views are handed what those shells produced.
                "GntTui.Engine.Remote.OpenSshShell", "GntTui.Engine.Remote.LocalShell", "GntTui.Engine.Remote.ProcessRunner",
                "GntTui.Engine.Remote.SshOptions",
            ]);
    }

    [Fact]
    public void The_simulator_stands_beside_the_engine_below_views_and_app()
    {
        AssertNone(Simulator, assemblies: [Views.Name, App, "System.Console"], typePrefixes: ["GntTui.Views.", "GntTui.App."]);
    }

    /// <summary>Keeps the rules honest: the reader sees the references that are meant to be there.</summary>
    [Fact]
    public void The_reader_sees_the_references_that_are_allowed()
    {
        Assert.Contains(Engine.Name, Views.Assemblies);
        Assert.Contains(Engine.Name, Simulator.Assemblies);
        Assert.Contains("Microsoft.Data.Sqlite", Engine.Assemblies);
        Assert.Contains("System.Diagnostics.Process", Engine.Types);
        Assert.Contains(Views.Types, t => t.StartsWith("GntTui.Engine.", StringComparison.Ordinal));
        Assert.Contains(Simulator.Name, Console.Assemblies);
    }

    private static void AssertNone(AssemblyReferences refs, IReadOnlyList<string> assemblies, IReadOnlyList<string> typePrefixes)
    {
        var broken = refs.Assemblies.Where(assemblies.Contains).Select(a => "assembly " + a)
            .Concat(refs.Types.Where(t => typePrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal))).Select(t => "type " + t))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(broken.Count == 0, $"{refs.Name} breaks the dependency rule: {string.Join(", ", broken)}");
    }
}

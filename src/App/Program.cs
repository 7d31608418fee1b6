using System.CommandLine;

namespace GntTui.App;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var global = new GlobalOptions();
        var root = new RootCommand("gnt-tui: a keyboard-driven console for Ganeti clusters");
        global.AddTo(root);
        ConsoleCommand.Configure(root, global);
        root.Subcommands.Add(StatusCommand.Create(global));
        root.Subcommands.Add(DrbdCommand.Create(global));
        root.Subcommands.Add(AuditCommand.Create(global));
        root.Subcommands.Add(InstanceConsoleCommand.Create(global));
        return await root.Parse(args).InvokeAsync();
    }
}

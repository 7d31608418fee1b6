using System.CommandLine;

namespace GntTui.App;

/// <summary>Options every verb takes.</summary>
internal sealed class GlobalOptions
{
    public Option<string?> Cluster { get; } = new("--cluster") { Description = "Cluster profile name from config.json", Recursive = true };
    public Option<string?> Ssh { get; } = new("--ssh") { Description = "ssh destination of the master, e.g. root@cluster.example.com", Recursive = true };
    public Option<bool> Demo { get; } = new("--demo") { Description = "Open the built-in simulated cluster", Recursive = true };
    public Option<bool> ReadOnly { get; } = new("--read-only") { Description = "Refuse every mutation", Recursive = true };
    public Option<string?> DemoSize { get; } = new("--demo-size") { Description = "Demo cluster size: small, medium, large, or nodes=N,instances=M", Recursive = true };
    public Option<long> DemoSeed { get; } = new("--demo-seed") { Description = "Demo cluster seed (same seed, same cluster)", Recursive = true, DefaultValueFactory = _ => 42 };
    public Option<string?> DemoState { get; } = new("--demo-state") { Description = "Start the demo from a cluster in htools text format (hbal -L -S FILE, hscan), to rehearse on a copy of a real cluster", Recursive = true };
    public Option<string?> Config { get; } = new("--config") { Description = "Path of config.json (default: $XDG_CONFIG_HOME/gnt-tui/config.json)", Recursive = true };
    public Option<string?> State { get; } = new("--state") { Description = "Path of the SQLite state file (default: $XDG_STATE_HOME/gnt-tui/state.db)", Recursive = true };

    public void AddTo(Command command)
    {
        command.Options.Add(Cluster);
        command.Options.Add(Ssh);
        command.Options.Add(Demo);
        command.Options.Add(ReadOnly);
        command.Options.Add(DemoSize);
        command.Options.Add(DemoSeed);
        command.Options.Add(DemoState);
        command.Options.Add(Config);
        command.Options.Add(State);
    }
}

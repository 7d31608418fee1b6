using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Lab.Tests;

/// <summary>The Engine pointed at the lab the way the console does it, plus a bare ssh for cross-checks.</summary>
internal sealed class LabCluster : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-lab-").FullName;

    public LabCluster(string? target = null, bool readOnly = false)
    {
        if (!LabEnvironment.IsUp)
        {
            throw new InvalidOperationException(LabEnvironment.WhyNot);
        }
        Shell = new OpenSshShell(new SshOptions { Target = target ?? LabEnvironment.SshTarget, ControlDirectory = Path.Combine(_dir, "ctl") });
        Client = new GanetiClient(Shell, readOnly);
        Store = new StateStore(Path.Combine(_dir, "state.db"));
        Audit = new AuditLog(Store);
        Runner = new OperationRunner(Client, Audit, "cluster.example.com", "lab-tests@localhost");
    }

    public OpenSshShell Shell { get; }
    public GanetiClient Client { get; }
    public StateStore Store { get; }
    public AuditLog Audit { get; }
    public OperationRunner Runner { get; }

    /// <summary>Runs a command over a plain ssh (no Engine parsing) and returns its stdout.</summary>
    public static Task<string> BareSshAsync(params string[] remoteArgv) => LabEnvironment.SshAsync(remoteArgv);

    public async ValueTask DisposeAsync()
    {
        await Shell.DisposeAsync();
        Store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}

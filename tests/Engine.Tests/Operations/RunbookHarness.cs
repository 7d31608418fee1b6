using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Engine.Tests.Operations;

/// <summary>
/// The objects a console process holds (store, audit, client, runner, runbook context) over one
/// state file. Disposing it and making a new one over the same file is a restart.
/// </summary>
internal sealed class RunbookHarness : IDisposable
{
    public RunbookHarness(IRemoteShell shell, string dbPath, bool readOnly = false, Func<DrbdSnapshot?>? drbd = null)
    {
        Store = new StateStore(dbPath);
        Audit = new AuditLog(Store);
        Client = new GanetiClient(shell, readOnly);
        Runner = new OperationRunner(Client, Audit, "cluster.example.com", "alice@laptop");
        Runbooks = new RunbookStore(Store);
        Context = new RunbookContext(Runner, Client, Audit, Runbooks, "cluster.example.com")
        {
            Drbd = drbd ?? (() => null),
            PollInterval = TimeSpan.FromMilliseconds(20),
            Operator = "alice@laptop",
        };
    }

    public StateStore Store { get; }
    public AuditLog Audit { get; }
    public GanetiClient Client { get; }
    public OperationRunner Runner { get; }
    public RunbookStore Runbooks { get; }
    public RunbookContext Context { get; }

    public void Dispose() => Store.Dispose();
}

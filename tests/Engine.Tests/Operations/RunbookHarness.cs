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

    /// <summary>The operator answers yes to every question (the node is back) until the runbook ends; a failed step fails the test when <paramref name="noFailedStep"/>.</summary>
    public static async Task<RunbookState> FinishAsync(NodeMaintenanceRunbook rb, bool noFailedStep = false)
    {
        for (var i = 0; i < 50; i++)
        {
            var s = await rb.AdvanceAsync(CancellationToken.None);
            if (s.Status is RunbookStatus.Finished or RunbookStatus.Aborted)
            {
                return s;
            }

            if (s is { Status: RunbookStatus.NeedsAnswer, Current: { } step })
            {
                if (noFailedStep)
                {
                    Assert.NotEqual(RunbookStepState.Failed, step.State);
                }

                rb.Confirm(step.Id);
            }
        }

        throw new TimeoutException(string.Join("\n", rb.Current.Steps.Select(x => $"{x.Id} {x.State} {x.Message}")));
    }
}

using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Lab.Tests;

/// <summary>
/// What one console process holds against the lab, over a state file the test chooses: disposing
/// it and making another over the same file is a restart. Also the lab's reset and a few waits.
/// </summary>
internal sealed class LabEngine : IAsyncDisposable
{
    public const string Cluster = "cluster.example.com";

    public LabEngine(string stateDir, bool readOnly = false)
    {
        if (!LabEnvironment.IsUp)
        {
            throw new InvalidOperationException(LabEnvironment.WhyNot);
        }
        ControlDirectory = Path.Combine(stateDir, "ctl");
        Shell = new OpenSshShell(new SshOptions { Target = LabEnvironment.SshTarget, ControlDirectory = ControlDirectory });
        Client = new GanetiClient(Shell, readOnly);
        Store = new StateStore(Path.Combine(stateDir, "state.db"));
        Audit = new AuditLog(Store);
        Runner = new OperationRunner(Client, Audit, Cluster, "lab-tests@localhost");
        Runbooks = new RunbookStore(Store);
        Context = new RunbookContext(Runner, Client, Audit, Runbooks, Cluster) { Operator = "lab-tests@localhost", PollInterval = TimeSpan.FromSeconds(1) };
    }

    public string ControlDirectory { get; }
    public OpenSshShell Shell { get; }
    public GanetiClient Client { get; }
    public StateStore Store { get; }
    public AuditLog Audit { get; }
    public OperationRunner Runner { get; }
    public RunbookStore Runbooks { get; }
    public RunbookContext Context { get; }

    public async Task<ClusterSnapshot> SnapshotAsync()
    {
        var data = await Client.FetchAsync(CancellationToken.None);
        return new ClusterSnapshot(Cluster, null, data.Nodes, data.Instances, data.Jobs, DateTimeOffset.UtcNow, ConnectionState.Live);
    }

    public async Task<GanetiInstance> InstanceAsync(string name) =>
        (await Client.ListInstancesAsync(CancellationToken.None)).Single(i => i.Name == name);

    public async Task<GanetiNode> NodeAsync(string name) =>
        (await Client.ListNodesAsync(CancellationToken.None)).Single(n => n.Name == name);

    /// <summary>Submits through the runner (audited) and follows the job to its end.</summary>
    public async Task<(SubmittedOperation Submitted, JobOutcome Outcome)> RunAsync(GanetiOperation op)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var submitted = await Runner.SubmitAsync(op, cts.Token);
        var outcome = await Runner.FollowAsync(submitted.AuditId, submitted.JobId, null, cts.Token);
        return (submitted, outcome);
    }

    /// <summary>Waits until Ganeti has no queued, waiting or running job (child jobs of a node operation included).</summary>
    public async Task WaitForIdleAsync(TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while ((await Client.ListJobsAsync(CancellationToken.None)).Any(j => !j.IsFinished))
        {
            Assert.True(DateTime.UtcNow < until, $"jobs still pending after {limit}");
            await Task.Delay(500);
        }
    }

    /// <summary>Every audit row this engine wrote has ended (none left "sending" or "submitted").</summary>
    public void AssertAuditComplete()
    {
        Assert.All(Audit.Recent(), a =>
        {
            Assert.False(AuditStatus.IsOpen(a.Status), $"audit row {a.Id} ({a.Verb} {a.Target}) is still {a.Status}");
            Assert.NotNull(a.FinishedAt);
        });
    }

    public static Task ResetAsync() => LabEnvironment.ResetAsync();

    public async ValueTask DisposeAsync()
    {
        await Shell.DisposeAsync();
        Store.Dispose();
    }
}

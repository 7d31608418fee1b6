using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Simulator;

namespace GntTui.Engine.Tests.Live;

/// <summary>
/// kill -9 right after y: the job is on the cluster, its audit row still says "sending" with no job
/// id. The next console, on the same state file, finds it by the tag in the reason and follows it to
/// its true end, or says it is not there.
/// </summary>
public sealed class ReconcileTests : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-reconcile-").FullName;
    private readonly SimClock _clock = new(SimClock.DefaultStart);
    private readonly SimulatedCluster _cluster;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SessionEvent> _events = new();
    private readonly List<IDisposable> _stores = [];
    private OperationCenter? _center;

    public ReconcileTests() => _cluster = DemoClusterFactory.Create(DemoSize.Small, 42, _clock);

    private string DbPath => Path.Combine(_dir, "state.db");

    [Fact]
    public async Task A_row_left_sending_whose_job_ran_gets_its_job_id_and_true_end_at_the_next_start()
    {
        var (first, audit) = Console(afterSend: _ => throw new CrashedException());
        var instance = await MigratableAsync(first);
        await Assert.ThrowsAsync<CrashedException>(() => first.SubmitAsync(new InstanceMigrate(instance, "kernel upgrade"), CancellationToken.None));
        var row = Assert.Single(audit.Recent());
        Assert.Equal((AuditStatus.Sending, (long?)null), (row.Status, row.JobId));
        var job = Assert.Single(_cluster.Jobs, j => j.Summary.Contains(instance, StringComparison.Ordinal));

        var second = StartCenter();
        await Until(() => second.Get(row.Id)!.Status == "success");

        var resolved = second.Get(row.Id)!;
        Assert.Equal(job.Id, resolved.JobId);
        Assert.NotNull(resolved.FinishedAt);
        Assert.Contains(_events.OfType<SessionEvent.Notice>(), n => n.Text.Contains($"found on the cluster as job {job.Id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_row_left_sending_whose_job_never_reached_the_cluster_is_closed_as_not_found_and_said()
    {
        var (_, audit) = Console();
        var op = new InstanceMigrate("inst1.example.com", "kernel upgrade") with { Reason = ReasonMarker.Mark("kernel upgrade", ReasonMarker.New()) };
        var id = audit.Begin("sim", "tester@sim", op.Verb, op.TargetName, OperationRunner.CommandLine(op), "kernel upgrade");
        var jobsBefore = _cluster.Jobs.Count;

        var second = StartCenter();
        await Until(() => second.Get(id)!.Status != AuditStatus.Sending);

        var row = second.Get(id)!;
        Assert.Equal(AuditStatus.NotFound, row.Status);
        Assert.Null(row.JobId);
        Assert.Equal(SendingReconciler.NotFoundMessage, row.Message);
        Assert.Contains(_events.OfType<SessionEvent.Notice>(), n => n.Level == NoticeLevel.Warning && n.Text.Contains("check `gnt-job list` before sending again", StringComparison.Ordinal));
        Assert.Equal(jobsBefore, _cluster.Jobs.Count);
    }

    [Fact]
    public async Task The_tag_is_in_the_reason_trail_that_gnt_job_info_prints()
    {
        var (runner, audit) = Console();
        var instance = await MigratableAsync(runner);
        var sent = await runner.SubmitAsync(new InstanceMigrate(instance, "kernel upgrade"), CancellationToken.None);
        var tag = ReasonMarker.Find(audit.Get(sent.AuditId)!.Command)!;

        var info = await new GanetiClient(_cluster.OpenShell("master")).JobInfoTextAsync([sent.JobId], CancellationToken.None);

        // Ganeti's own shape: gnt:user first, then the client, then the opcode (fixture 33 shows the last two).
        Assert.Contains($"          - - gnt:user\n            - kernel upgrade {ReasonMarker.Tag(tag)}\n", info, StringComparison.Ordinal);
        var block = Assert.Single(JobInfoBlocksOf(info));
        Assert.Equal(sent.JobId, block);
    }

    [Fact]
    public async Task A_non_ascii_reason_is_refused_by_the_engine_before_anything_is_sent()
    {
        var (runner, audit) = Console();
        var jobsBefore = _cluster.Jobs.Count;

        var e = await Assert.ThrowsAsync<GanetiException>(() => runner.SubmitAsync(new InstanceMigrate("inst1.example.com", "vérifié"), CancellationToken.None));

        Assert.Equal(GanetiErrorKind.InvalidInput, e.Kind);
        Assert.Contains("'é' (U+00E9) at character 2", e.Message, StringComparison.Ordinal);
        var row = Assert.Single(audit.Recent());
        Assert.Equal(AuditStatus.Refused, row.Status);
        Assert.Equal(jobsBefore, _cluster.Jobs.Count);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_center is not null)
        {
            await _center.WhenIdle().WaitAsync(TimeSpan.FromSeconds(10));
        }

        _stop.Dispose();
        foreach (var s in _stores)
        {
            s.Dispose();
        }

        Directory.Delete(_dir, recursive: true);
    }

    private static IEnumerable<long> JobInfoBlocksOf(string info) => Engine.Ganeti.Parsing.JobInfoBlocks.Split(info).Select(b => b.Id);

    private (OperationRunner Runner, AuditLog Audit) Console(Action<long>? afterSend = null)
    {
        var store = new StateStore(DbPath);
        _stores.Add(store);
        var audit = new AuditLog(store, _clock);
        var client = new GanetiClient(_cluster.OpenShell("master"));
        return (new OperationRunner(client, audit, "sim", "tester@sim") { AfterSendHook = afterSend }, audit);
    }

    private AuditLog StartCenter()
    {
        var store = new StateStore(DbPath);
        _stores.Add(store);
        var audit = new AuditLog(store, _clock);
        var client = new GanetiClient(_cluster.OpenShell("master"));
        var monitor = new ClusterMonitor(client, "sim", null, isDemo: true, _clock);
        var services = new OperationServices(client, "sim", new OperationRunner(client, audit, "sim", "tester@sim"), audit, new RunbookStore(store, _clock),
            () => monitor.Current, monitor.RefreshAsync, () => null) { Time = _clock };
        _center = new OperationCenter(services, _stop.Token);
        _center.Published += _events.Enqueue;
        _center.Start();
        return audit;
    }

    private async Task<string> MigratableAsync(OperationRunner runner)
    {
        _ = runner;
        var client = new GanetiClient(_cluster.OpenShell("master"));
        var monitor = new ClusterMonitor(client, "sim", null, isDemo: true, _clock);
        var refresh = monitor.RefreshAsync(CancellationToken.None);
        for (var i = 0; i < 10_000 && !refresh.IsCompleted; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(1);
        }

        await refresh.WaitAsync(TimeSpan.FromSeconds(10));
        return monitor.Current.Instances.First(i => i is { IsDrbd: true, Status: InstanceStatus.Running }
            && !Preflight.Check(new InstanceMigrate(i.Name), monitor.Current).HasBlockers).Name;
    }

    /// <summary>Moves simulated time a second at a time until <paramref name="done"/> holds.</summary>
    private async Task Until(Func<bool> done)
    {
        for (var i = 0; i < 900 && !done(); i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }

        Assert.True(done(), "not within 900 simulated seconds: " + string.Join("; ", _events.OfType<SessionEvent.Notice>().Select(e => e.Text)));
    }

    private sealed class CrashedException : Exception;
}

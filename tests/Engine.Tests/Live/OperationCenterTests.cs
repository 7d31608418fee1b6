using System.Collections.Concurrent;
using System.Collections.Immutable;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Simulator;

namespace GntTui.Engine.Tests.Live;

/// <summary>The operation lifecycle seen as a test sees it: the session events, on the simulator and a manual clock.</summary>
public sealed class OperationCenterTests : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-center-").FullName;
    private readonly SimClock _clock = new(SimClock.DefaultStart);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SessionEvent> _events = new();
    private readonly StateStore _store;
    private readonly ClusterMonitor _monitor;
    private readonly OperationCenter _center;

    public OperationCenterTests()
    {
        var client = new GanetiClient(DemoClusterFactory.Create(DemoSize.Small, 42, _clock).OpenShell("master"));
        _store = new StateStore(Path.Combine(_dir, "state.db"));
        var audit = new AuditLog(_store, _clock);
        _monitor = new ClusterMonitor(client, "sim", null, isDemo: true, _clock);
        var services = new OperationServices(client, "sim", new OperationRunner(client, audit, "sim", "tester@sim"), audit, new RunbookStore(_store, _clock),
            () => _monitor.Current, _monitor.RefreshAsync, () => null) { Time = _clock };
        _center = new OperationCenter(services, _stop.Token);
        _center.Published += _events.Enqueue;
    }

    [Fact]
    public async Task A_submitted_migrate_is_accepted_logged_ended_audited_and_rung()
    {
        await Drive(_monitor.RefreshAsync(CancellationToken.None));
        var instance = _monitor.Current.Instances.First(i => i is { IsDrbd: true, Status: InstanceStatus.Running }
            && !Preflight.Check(new InstanceMigrate(i.Name), _monitor.Current).HasBlockers);

        _center.Submit(Preflight.Check(new InstanceMigrate(instance.Name), _monitor.Current), null);
        await Until(() => _events.OfType<SessionEvent.JobEnded>().Any());

        var accepted = Assert.Single(_events.OfType<SessionEvent.JobAccepted>());
        var ended = Assert.Single(_events.OfType<SessionEvent.JobEnded>());
        Assert.Equal((accepted.JobId, JobStatus.Success), (ended.JobId, ended.Outcome.Status));
        await Until(() => _events.OfType<SessionEvent.AuditChanged>().Any(a => a.Rows.Count > 0 && a.Rows[0].Status == "success"));
        Assert.Contains(_events.OfType<SessionEvent.Notice>(), n => n.Text.EndsWith("succeeded", StringComparison.Ordinal) && n.Level == NoticeLevel.Info);
        var rung = Assert.Single(_events.OfType<SessionEvent.Attention>());
        Assert.StartsWith("gnt-tui: migrate ", rung.Notification.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ganetis_nothing_to_do_is_said_as_its_answer_not_as_a_refusal()
    {
        await Drive(_monitor.RefreshAsync(CancellationToken.None));
        // Sent, and Ganeti answered that there was nothing to move: the operator must not read "not sent".
        var node = _monitor.Current.Nodes.First(n => n.SecondaryCount == 0);

        _center.Submit(Preflight.Check(new NodeEvacuate(node.Name, Primaries: false), _monitor.Current), null);
        await Until(() => _events.OfType<SessionEvent.Notice>().Any());

        var notice = Assert.Single(_events.OfType<SessionEvent.Notice>());
        Assert.DoesNotContain("not sent", notice.Text, StringComparison.Ordinal);
        Assert.Contains("nothing to do", notice.Text, StringComparison.Ordinal);
        Assert.Equal(NoticeLevel.Info, notice.Level);
        await Until(() => _events.OfType<SessionEvent.AuditChanged>().Any(a => a.Rows.Count > 0 && a.Rows[0].Status == AuditStatus.NothingToDo));
    }

    [Fact]
    public async Task Each_log_line_publishes_the_log_so_far_without_copying_it()
    {
        await Drive(_monitor.RefreshAsync(CancellationToken.None));
        var instance = _monitor.Current.Instances.First(i => i is { IsDrbd: true, Status: InstanceStatus.Running }
            && !Preflight.Check(new InstanceMigrate(i.Name), _monitor.Current).HasBlockers);

        _center.Submit(Preflight.Check(new InstanceMigrate(instance.Name), _monitor.Current), null);
        await Until(() => _events.OfType<SessionEvent.JobEnded>().Any());

        var logs = _events.OfType<SessionEvent.JobLog>().Select(l => l.Log).ToList();
        Assert.True(logs.Count >= 2, "a migrate logs more than one line");
        for (var i = 1; i < logs.Count; i++)
        {
            // Immutable and growing by one: the earlier event still shows what it showed, and shares its entries.
            Assert.IsType<ImmutableList<JobLogEntry>>(logs[i]);
            Assert.Equal(logs[i - 1].Count + 1, logs[i].Count);
            Assert.Same(logs[i - 1][0], logs[i][0]);
        }
    }

    [Fact]
    public async Task Reopening_the_log_of_our_job_publishes_what_we_have_instead_of_a_second_stream()
    {
        await Drive(_monitor.RefreshAsync(CancellationToken.None));
        var instance = _monitor.Current.Instances.First(i => i is { IsDrbd: true, Status: InstanceStatus.Running }
            && !Preflight.Check(new InstanceMigrate(i.Name), _monitor.Current).HasBlockers);
        _center.Submit(Preflight.Check(new InstanceMigrate(instance.Name), _monitor.Current), null);
        await Until(() => _events.OfType<SessionEvent.JobEnded>().Any());
        var jobId = _events.OfType<SessionEvent.JobEnded>().Single().JobId;

        _center.Watch(jobId);

        Assert.Equal(2, _events.OfType<SessionEvent.JobEnded>().Count(e => e.JobId == jobId));
        await _center.WhenIdle().WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Without_a_state_file_nothing_is_sent_and_that_is_said()
    {
        var client = new GanetiClient(DemoClusterFactory.Create(DemoSize.Small, 42, _clock).OpenShell("master"));
        var center = new OperationCenter(new OperationServices(client, "sim", null, null, null, () => _monitor.Current, _ => Task.CompletedTask, () => null), CancellationToken.None);
        var said = new ConcurrentQueue<SessionEvent>();
        center.Published += said.Enqueue;

        center.Cancel(12);
        await center.WhenIdle().WaitAsync(TimeSpan.FromSeconds(10));

        var notice = Assert.IsType<SessionEvent.Notice>(Assert.Single(said));
        Assert.Equal((NoticeLevel.Error, "job 12 not cancelled: operations are disabled (the state file is unavailable)"), (notice.Level, notice.Text));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _center.WhenIdle().WaitAsync(TimeSpan.FromSeconds(10));
        _stop.Dispose();
        _store.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task Drive(Task task)
    {
        for (var i = 0; i < 10_000 && !task.IsCompleted; i++)
        {
            _clock.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(1);
        }
        await task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Moves simulated time a second at a time until <paramref name="done"/> holds.</summary>
    private async Task Until(Func<bool> done)
    {
        for (var i = 0; i < 900 && !done(); i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(2);
        }
        Assert.True(done(), "not within 900 simulated seconds: " + string.Join("; ", _events.Select(e => e.GetType().Name)));
    }
}

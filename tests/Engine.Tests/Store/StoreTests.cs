using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Engine.Tests.Fakes;

namespace GntTui.Engine.Tests.Store;

public sealed class StoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-store-").FullName;

    private string DbPath => Path.Combine(_dir, "state", "state.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_new_file_is_migrated_in_wal_mode_and_reopens()
    {
        using (var store = new StateStore(DbPath))
        {
            Assert.Equal(3, store.SchemaVersion);
            Assert.Equal("wal", store.Scalar("PRAGMA journal_mode;"));
        }
        using var again = new StateStore(DbPath);
        Assert.Equal(3, again.SchemaVersion);
    }

    [Fact]
    public void A_newer_schema_is_not_touched()
    {
        using (var store = new StateStore(DbPath))
        {
            store.Execute("PRAGMA user_version = 99;");
        }
        var e = Assert.Throws<InvalidOperationException>(() => new StateStore(DbPath));
        Assert.Contains("newer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_operation_is_audited_before_sending_and_completed_at_the_end()
    {
        using var store = new StateStore(DbPath);
        var audit = new AuditLog(store);
        var op = new InstanceMigrate("inst1.example.com", "kernel upgrade");
        var shell = new ScriptedShell()
            .On(op.BuildArgv(), () =>
            {
                // At the moment the command is sent, the row already exists.
                var pending = Assert.Single(audit.Recent());
                Assert.Equal(AuditStatus.Sending, pending.Status);
                return new(0, "JobID: 38\n", "", TimeSpan.Zero);
            })
            .On(GanetiQueries.JobWatch(38), Fixture.Ganeti("32"))
            .On([.. GanetiQueries.JobList(), "38"], "38|success|X|[1, 0]|[2, 0]|[3, 0]\n");
        var runner = new OperationRunner(new GanetiClient(shell), audit, "cluster.example.com", "alice@laptop");

        var submitted = await runner.SubmitAsync(op, CancellationToken.None);
        var mid = audit.Get(submitted.AuditId)!;
        Assert.Equal(AuditStatus.Submitted, mid.Status);
        Assert.Equal(38, mid.JobId);
        Assert.Single(runner.Unfinished());

        await runner.FollowAsync(submitted.AuditId, submitted.JobId, null, CancellationToken.None);

        var row = audit.Get(submitted.AuditId)!;
        Assert.Equal("success", row.Status);
        Assert.Equal("alice@laptop", row.Operator);
        Assert.Equal("cluster.example.com", row.Cluster);
        var tag = ReasonMarker.Find(row.Command);
        Assert.NotNull(tag);
        Assert.Equal($"gnt-instance migrate -f --submit --reason 'kernel upgrade [gnt-tui #{tag}]' inst1.example.com", row.Command);
        Assert.Equal("kernel upgrade", row.Reason);
        Assert.NotNull(row.FinishedAt);
        Assert.EndsWith("* done", row.LastLines, StringComparison.Ordinal);
        Assert.Empty(runner.Unfinished());
    }

    [Fact]
    public async Task A_refused_operation_is_audited_as_refused()
    {
        using var store = new StateStore(DbPath);
        var audit = new AuditLog(store);
        var runner = new OperationRunner(new GanetiClient(new ScriptedShell(), readOnly: true), audit, "c");

        await Assert.ThrowsAsync<GanetiException>(() => runner.SubmitAsync(new NodeSetDrained("node1.example.com", true), CancellationToken.None));

        Assert.Equal(AuditStatus.Refused, Assert.Single(audit.Recent()).Status);
    }

    [Fact]
    public void The_last_snapshot_comes_back_marked_as_cached()
    {
        using var store = new StateStore(DbPath);
        var cache = new SnapshotCache(store);
        var node = new GanetiNode("node1.example.com", NodeRole.Master, false, false, true, Reading<long>.Of(1024), Reading<long>.Of(1),
            Reading<long>.Missing(FieldState.Offline), Reading<long>.Of(5), Reading<long>.Of(4), 1, 0, "default");
        var snap = new ClusterSnapshot("c1", new ClusterInfo("c1", "node1.example.com", "3.0.2"), [node], [], [], DateTimeOffset.UnixEpoch, ConnectionState.Live);

        cache.Save("c1", snap);
        var back = cache.Load("c1");

        Assert.NotNull(back);
        Assert.True(back.FromCache);
        Assert.Equal(FieldState.Offline, back.Nodes[0].MemoryFree.State);
        Assert.Equal(1024, back.Nodes[0].MemoryTotal.Value);
        Assert.Null(cache.Load("other"));
    }
}

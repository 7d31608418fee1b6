using GntTui.Engine.Drbd;
using GntTui.Engine.Store;
using GntTui.Engine.Text;

namespace GntTui.Engine.Tests.Drbd;

public sealed class DrbdHistoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-drbd-history-").FullName;

    private string DbPath => Path.Combine(_dir, "state.db");

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static DrbdHistoryPoint Point(string node, int minor, int second, double? speed = 100) =>
        new(node, minor, Fixture.Time.AddSeconds(second), second / 10.0, speed, 1000 - second);

    [Fact]
    public void The_migration_adds_the_tables_as_step_2()
    {
        using var store = new StateStore(DbPath);
        Assert.Equal(3, store.SchemaVersion);
        Assert.Equal(0L, store.Scalar("SELECT count(*) FROM drbd_history;"));
        Assert.Equal(0L, store.Scalar("SELECT count(*) FROM drbd_resync;"));
    }

    [Fact]
    public void A_version_1_file_is_upgraded_and_keeps_its_audit_rows()
    {
        using (var store = new StateStore(DbPath))
        {
            new AuditLog(store).Begin("c1", "alice@laptop", "migrate", "inst1", "gnt-instance migrate inst1", "test");
            store.Execute("DROP TABLE drbd_history; DROP TABLE drbd_resync; DROP TABLE runbook; PRAGMA user_version = 1;");
        }
        using var again = new StateStore(DbPath);

        Assert.Equal(3, again.SchemaVersion);
        Assert.Equal("alice@laptop", Assert.Single(new AuditLog(again).Recent()).Operator);
        new DrbdHistory(again).Append("c1", [Point("n1", 0, 0)]);
    }

    [Fact]
    public void Each_device_keeps_only_its_last_rows()
    {
        using var store = new StateStore(DbPath);
        var history = new DrbdHistory(store, rowsPerDevice: 10);
        for (var batch = 0; batch < 5; batch++)
        {
            history.Append("c1", Enumerable.Range(batch * 7, 7).SelectMany(s => new[] { Point("n1", 0, s), Point("n1", 1, s), Point("n2", 0, s) }));
        }
        history.Append("c2", [Point("n1", 0, 1)]);

        var n1m0 = history.Load("c1", "n1", 0);
        Assert.Equal(Enumerable.Range(25, 10).Select(s => Fixture.Time.AddSeconds(s)), n1m0.Select(p => p.Time));
        Assert.Equal((2.5, 100.0, 975L), (n1m0[0].Percent!.Value, n1m0[0].SpeedKiBps!.Value, n1m0[0].RemainingKiB!.Value));
        Assert.Equal(10, history.Load("c1", "n1", 1).Count);
        Assert.Equal(10, history.Load("c1", "n2", 0).Count);
        Assert.Single(history.Load("c2", "n1", 0));
        Assert.Equal(31L, store.Scalar("SELECT count(*) FROM drbd_history;"));
    }

    [Fact]
    public void History_survives_reopening_the_file_and_keeps_nulls()
    {
        using (var store = new StateStore(DbPath))
        {
            new DrbdHistory(store).Append("c1", [Point("n1", 3, 0, speed: null), Point("n1", 3, 1)]);
        }
        using var again = new StateStore(DbPath);
        var points = new DrbdHistory(again).Load("c1", "n1", 3);

        Assert.Equal([null, 100.0], points.Select(p => p.SpeedKiBps));
        Assert.Equal(Fixture.Time, points[0].Time);
    }

    [Fact]
    public void Old_rows_are_deleted_by_age()
    {
        using var store = new StateStore(DbPath);
        var history = new DrbdHistory(store);
        history.Append("c1", [Point("n1", 0, 0), Point("n1", 0, 100)]);

        Assert.Equal(1, history.DeleteBefore(Fixture.Time.AddSeconds(50)));
        Assert.Equal(Fixture.Time.AddSeconds(100), Assert.Single(history.Load("c1", "n1", 0)).Time);
    }

    [Fact]
    public void A_finished_resync_is_kept_and_audited_as_a_closed_row()
    {
        using var store = new StateStore(DbPath);
        var history = new DrbdHistory(store);
        var started = Fixture.Time;
        var resync = new DrbdFinishedResync("inst1.example.com", 1, started, started.AddHours(3).AddMinutes(12).AddSeconds(40), true);

        history.RecordFinished("c1", resync);
        history.RecordFinished("c1", resync with { Instance = "inst2.example.com", StartObserved = false });

        var rows = history.Finished("c1");
        Assert.Equal(["inst2.example.com", "inst1.example.com"], rows.Select(r => r.Instance));
        Assert.Equal(resync, rows[1]);
        Assert.Single(history.Finished("c1", "inst1.example.com"));
        Assert.Empty(history.Finished("c2"));
        var audit = new AuditLog(store);
        var entry = audit.Recent()[^1];
        Assert.Equal("resync of inst1.example.com disk/1 took 3h12m", entry.Message);
        Assert.Equal((started, started.AddHours(3).AddMinutes(12).AddSeconds(40)), (entry.CreatedAt, entry.FinishedAt!.Value));
        Assert.False(AuditStatus.IsOpen(entry.Status));
        Assert.Empty(audit.Unfinished("c1"));
        Assert.Contains("about", audit.Recent()[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(1, "1s")]
    [InlineData(64, "1m04s")]
    [InlineData(3600, "1h00m")]
    [InlineData(3 * 3600 + 12 * 60 + 40, "3h12m")]
    [InlineData(2 * 86400 + 3600 + 5, "2d1h")]
    [InlineData(-5, "0s")]
    public void Durations_read_in_the_one_compact_form(int seconds, string text) =>
        Assert.Equal(text, DurationText.Compact(TimeSpan.FromSeconds(seconds)));
}

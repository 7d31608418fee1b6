using System.Globalization;
using GntTui.Engine.Drbd;
using Microsoft.Data.Sqlite;

namespace GntTui.Engine.Store;

/// <summary>
/// DRBD history in the state file: per device (cluster, node, minor) the last
/// <see cref="RowsPerDevice"/> readings, so a sparkline survives a restart; and every resync seen to
/// finish, which also lands in the audit trail as a closed row.
/// </summary>
public sealed class DrbdHistory
{
    public const int DefaultRowsPerDevice = 600;

    /// <summary>Audit status of rows the console observed rather than caused.</summary>
    public const string ObservedStatus = "observed";

    private readonly StateStore _store;

    public DrbdHistory(StateStore store, int rowsPerDevice = DefaultRowsPerDevice)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowsPerDevice);
        _store = store;
        RowsPerDevice = rowsPerDevice;
    }

    public int RowsPerDevice { get; }

    /// <summary>Adds readings in one transaction and trims each device touched to its bound.</summary>
    public void Append(string cluster, IEnumerable<DrbdHistoryPoint> points)
    {
        var list = points.ToList();
        if (list.Count == 0)
        {
            return;
        }
        InTransaction(command =>
        {
            foreach (var p in list)
            {
                using var insert = command(
                    "INSERT INTO drbd_history (cluster, node, minor, time_ms, percent, speed_kibps, remaining_kib) VALUES ($c, $n, $m, $t, $p, $s, $r);",
                    [("$c", cluster), ("$n", p.Node), ("$m", p.Minor), ("$t", p.Time.ToUnixTimeMilliseconds()), ("$p", p.Percent), ("$s", p.SpeedKiBps), ("$r", p.RemainingKiB)]);
                insert.ExecuteNonQuery();
            }
            foreach (var (node, minor) in list.Select(p => (p.Node, p.Minor)).Distinct())
            {
                // Everything at or below the id of the (bound+1)-th newest row goes.
                using var prune = command(
                    """
                    DELETE FROM drbd_history WHERE cluster=$c AND node=$n AND minor=$m AND id <=
                        (SELECT id FROM drbd_history WHERE cluster=$c AND node=$n AND minor=$m ORDER BY id DESC LIMIT 1 OFFSET $keep);
                    """,
                    [("$c", cluster), ("$n", node), ("$m", minor), ("$keep", RowsPerDevice)]);
                prune.ExecuteNonQuery();
            }
        });
    }

    /// <summary>A device's readings, oldest first.</summary>
    public IReadOnlyList<DrbdHistoryPoint> Load(string cluster, string node, int minor) =>
        _store.With(c =>
        {
            using var cmd = StateStore.Command(c,
                """
                SELECT time_ms, percent, speed_kibps, remaining_kib FROM
                    (SELECT * FROM drbd_history WHERE cluster=$c AND node=$n AND minor=$m ORDER BY id DESC LIMIT $keep)
                ORDER BY id;
                """,
                [("$c", cluster), ("$n", node), ("$m", minor), ("$keep", RowsPerDevice)]);
            using var r = cmd.ExecuteReader();
            var list = new List<DrbdHistoryPoint>();
            while (r.Read())
            {
                list.Add(new DrbdHistoryPoint(node, minor, DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)),
                    r.IsDBNull(1) ? null : r.GetDouble(1), r.IsDBNull(2) ? null : r.GetDouble(2), r.IsDBNull(3) ? null : r.GetInt64(3)));
            }
            return list;
        });

    /// <summary>Drops readings older than <paramref name="before"/> (devices whose resync ended long ago keep none).</summary>
    public int DeleteBefore(DateTimeOffset before) =>
        _store.With(c =>
        {
            using var cmd = StateStore.Command(c, "DELETE FROM drbd_history WHERE time_ms < $t;", [("$t", before.ToUnixTimeMilliseconds())]);
            return cmd.ExecuteNonQuery();
        });

    /// <summary>Records a finished resync and its closed audit row, together or not at all.</summary>
    public void RecordFinished(string cluster, DrbdFinishedResync resync)
    {
        ArgumentNullException.ThrowIfNull(resync);
        var started = Iso(resync.Started);
        var finished = Iso(resync.Finished);
        InTransaction(command =>
        {
            using var row = command(
                """
                INSERT INTO drbd_resync (cluster, instance, disk, started_at, finished_at, duration_s, start_observed)
                VALUES ($c, $i, $d, $s, $f, $dur, $o);
                """,
                [("$c", cluster), ("$i", resync.Instance), ("$d", resync.DiskIndex), ("$s", started), ("$f", finished),
                    ("$dur", resync.Duration.TotalSeconds), ("$o", resync.StartObserved ? 1 : 0)]);
            row.ExecuteNonQuery();
            // Same columns AuditLog writes; status "observed" is never open, so no job watch picks it up.
            using var audit = command(
                """
                INSERT INTO audit (cluster, operator, verb, target, command, reason, created_at, finished_at, status, message)
                VALUES ($c, 'gnt-tui', 'drbd-resync', $t, '', 'observed by gnt-tui', $s, $f, $status, $m);
                """,
                [("$c", cluster), ("$t", $"{resync.Instance} disk/{resync.DiskIndex}"), ("$s", started), ("$f", finished),
                    ("$status", ObservedStatus), ("$m", resync.Message)]);
            audit.ExecuteNonQuery();
        });
    }

    /// <summary>Finished resyncs, newest first.</summary>
    public IReadOnlyList<DrbdFinishedResync> Finished(string cluster, string? instance = null, int limit = 100) =>
        _store.With(c =>
        {
            using var cmd = StateStore.Command(c,
                """
                SELECT instance, disk, started_at, finished_at, start_observed FROM drbd_resync
                WHERE cluster=$c AND ($i IS NULL OR instance=$i) ORDER BY id DESC LIMIT $limit;
                """,
                [("$c", cluster), ("$i", instance), ("$limit", limit)]);
            using var r = cmd.ExecuteReader();
            var list = new List<DrbdFinishedResync>();
            while (r.Read())
            {
                list.Add(new DrbdFinishedResync(r.GetString(0), r.GetInt32(1), Parse(r.GetString(2)), Parse(r.GetString(3)), r.GetInt64(4) != 0));
            }
            return list;
        });

    /// <summary>Runs <paramref name="work"/> in one transaction; its commands come from <c>command(sql, parameters)</c>.</summary>
    private void InTransaction(Action<Func<string, (string, object?)[], SqliteCommand>> work) =>
        _store.With(c =>
        {
            using var tx = c.BeginTransaction();
            work((sql, parameters) =>
            {
                var cmd = StateStore.Command(c, sql, parameters);
                // Microsoft.Data.Sqlite refuses a command outside the connection's open transaction.
                cmd.Transaction = tx;
                return cmd;
            });
            tx.Commit();
            return 0;
        });

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}

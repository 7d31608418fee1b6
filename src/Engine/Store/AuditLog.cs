using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GntTui.Engine.Store;

/// <summary>
/// The audit trail. A row is written before an operation is sent and completed when its job ends;
/// rows with a job id and no end are the watch list that is re-attached at the next start.
/// </summary>
public sealed class AuditLog
{
    private readonly StateStore _store;
    private readonly TimeProvider _time;

    public AuditLog(StateStore store, TimeProvider? time = null)
    {
        _store = store;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>user@host of the person at the keyboard.</summary>
    public static string LocalOperator() => Environment.UserName + "@" + Environment.MachineName;

    public long Begin(string cluster, string op, string verb, string target, string command, string reason) =>
        Convert.ToInt64(_store.Scalar(
            """
            INSERT INTO audit (cluster, operator, verb, target, command, reason, created_at, status)
            VALUES ($cluster, $operator, $verb, $target, $command, $reason, $now, $status);
            SELECT last_insert_rowid();
            """,
            ("$cluster", cluster), ("$operator", op), ("$verb", verb), ("$target", target), ("$command", command),
            ("$reason", reason), ("$now", Now()), ("$status", AuditStatus.Sending)), CultureInfo.InvariantCulture);

    public void MarkSubmitted(long id, long jobId) =>
        _store.Execute("UPDATE audit SET submitted_at=$now, job_id=$job, status=$status WHERE id=$id;",
            ("$now", Now()), ("$job", jobId), ("$status", AuditStatus.Submitted), ("$id", id));

    /// <summary>Ends a row: the job's final status, Ganeti's message, the last log lines.</summary>
    public void Complete(long id, string status, string? message, IEnumerable<string>? lastLines = null) =>
        _store.Execute("UPDATE audit SET finished_at=$now, status=$status, message=$message, last_lines=$lines WHERE id=$id;",
            ("$now", Now()), ("$status", status), ("$message", message), ("$lines", lastLines is null ? null : string.Join('\n', lastLines)), ("$id", id));

    /// <summary>The newest rows of a state file, for reading only: a file that does not exist is an empty trail, and is not created.</summary>
    public static IReadOnlyList<AuditEntry> ReadFile(string path, int limit, string? cluster)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        using var store = new StateStore(path);
        return new AuditLog(store).Recent(limit, cluster);
    }

    public IReadOnlyList<AuditEntry> Recent(int limit = 200, string? cluster = null) =>
        Query("SELECT * FROM audit WHERE ($cluster IS NULL OR cluster=$cluster) ORDER BY id DESC LIMIT $limit;", ("$cluster", cluster), ("$limit", limit));

    /// <summary>Jobs we submitted and have not seen end: to be followed again.</summary>
    public IReadOnlyList<AuditEntry> Unfinished(string cluster) =>
        Query("SELECT * FROM audit WHERE cluster=$cluster AND status=$status AND job_id IS NOT NULL ORDER BY id;", ("$cluster", cluster), ("$status", AuditStatus.Submitted));

    /// <summary>
    /// Rows that went out (or were about to) and never got a job id: a crash between sending and
    /// writing the id. The job may be on the cluster; <c>SendingReconciler</c> looks for it.
    /// </summary>
    public IReadOnlyList<AuditEntry> Unsent(string cluster) =>
        Query("SELECT * FROM audit WHERE cluster=$cluster AND status IN ($sending, $submitted) AND job_id IS NULL ORDER BY id;",
            ("$cluster", cluster), ("$sending", AuditStatus.Sending), ("$submitted", AuditStatus.Submitted));

    /// <summary>The clock rows are stamped with.</summary>
    public TimeProvider Clock => _time;

    public AuditEntry? Get(long id) => Query("SELECT * FROM audit WHERE id=$id;", ("$id", id)).FirstOrDefault();

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private List<AuditEntry> Query(string sql, params (string, object?)[] parameters) =>
        _store.With(c =>
        {
            using var cmd = StateStore.Command(c, sql, parameters);
            using var r = cmd.ExecuteReader();
            var list = new List<AuditEntry>();
            while (r.Read())
            {
                list.Add(Read(r));
            }
            return list;
        });

    private static AuditEntry Read(SqliteDataReader r) => new(
        r.GetInt64(r.GetOrdinal("id")),
        r.GetString(r.GetOrdinal("cluster")),
        r.GetString(r.GetOrdinal("operator")),
        r.GetString(r.GetOrdinal("verb")),
        r.GetString(r.GetOrdinal("target")),
        r.GetString(r.GetOrdinal("command")),
        r.GetString(r.GetOrdinal("reason")),
        Time(r, "created_at")!.Value,
        Time(r, "submitted_at"),
        r.IsDBNull(r.GetOrdinal("job_id")) ? null : r.GetInt64(r.GetOrdinal("job_id")),
        Time(r, "finished_at"),
        r.GetString(r.GetOrdinal("status")),
        Text(r, "message"),
        Text(r, "last_lines"));

    private static DateTimeOffset? Time(SqliteDataReader r, string column)
    {
        var o = r.GetOrdinal(column);
        return r.IsDBNull(o) ? null : DateTimeOffset.Parse(r.GetString(o), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }

    private static string? Text(SqliteDataReader r, string column)
    {
        var o = r.GetOrdinal(column);
        return r.IsDBNull(o) ? null : r.GetString(o);
    }
}

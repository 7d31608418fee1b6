namespace GntTui.Engine.Store;

/// <summary>Schema steps, applied in order inside a transaction; PRAGMA user_version records how far a file got.</summary>
internal static class Migrations
{
    private static readonly string[] Steps =
    [
        // 1: audit log and snapshot cache.
        """
        CREATE TABLE audit (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            cluster       TEXT NOT NULL,
            operator      TEXT NOT NULL,
            verb          TEXT NOT NULL,
            target        TEXT NOT NULL,
            command       TEXT NOT NULL,
            reason        TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            submitted_at  TEXT,
            job_id        INTEGER,
            finished_at   TEXT,
            status        TEXT NOT NULL,
            message       TEXT,
            last_lines    TEXT
        );
        CREATE INDEX audit_pending ON audit(cluster, status);
        CREATE TABLE snapshot (
            cluster       TEXT PRIMARY KEY,
            taken_at      TEXT NOT NULL,
            body          TEXT NOT NULL
        );
        """,
        // 2: DRBD resync history (sparklines across restarts) and finished resyncs.
        """
        CREATE TABLE drbd_history (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            cluster       TEXT NOT NULL,
            node          TEXT NOT NULL,
            minor         INTEGER NOT NULL,
            time_ms       INTEGER NOT NULL,
            percent       REAL,
            speed_kibps   REAL,
            remaining_kib INTEGER
        );
        CREATE INDEX drbd_history_device ON drbd_history(cluster, node, minor, id);
        CREATE INDEX drbd_history_time ON drbd_history(time_ms);
        CREATE TABLE drbd_resync (
            id             INTEGER PRIMARY KEY AUTOINCREMENT,
            cluster        TEXT NOT NULL,
            instance       TEXT NOT NULL,
            disk           INTEGER NOT NULL,
            started_at     TEXT NOT NULL,
            finished_at    TEXT NOT NULL,
            duration_s     REAL NOT NULL,
            start_observed INTEGER NOT NULL
        );
        CREATE INDEX drbd_resync_instance ON drbd_resync(cluster, instance, disk);
        """,
        // 3: runbooks (node maintenance), checkpointed as a whole after every change so they resume after a restart.
        """
        CREATE TABLE runbook (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            cluster       TEXT NOT NULL,
            node          TEXT NOT NULL,
            kind          TEXT NOT NULL,
            status        TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            body          TEXT NOT NULL
        );
        CREATE INDEX runbook_status ON runbook(cluster, status);
        """,
    ];

    public static void Apply(StateStore store)
    {
        var current = store.SchemaVersion;
        if (current > Steps.Length)
        {
            throw new InvalidOperationException($"{store.Path} has schema version {current}, newer than this gnt-tui knows ({Steps.Length}); refusing to touch it");
        }
        for (var v = current; v < Steps.Length; v++)
        {
            var next = v + 1;
            store.With(c =>
            {
                using var tx = c.BeginTransaction();
                using (var cmd = c.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = Steps[v] + $"\nPRAGMA user_version = {next};";
                    cmd.ExecuteNonQuery();
                }
                tx.Commit();
                return 0;
            });
        }
    }
}

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

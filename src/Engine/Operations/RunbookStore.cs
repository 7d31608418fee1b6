using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations;

/// <summary>
/// Runbooks in the state file: the whole <see cref="RunbookState"/> as JSON, rewritten after every
/// change (it is small), with the columns a "resume?" list needs. The row id is the runbook id.
/// Rolling maintenances share the table under their own kind ("rolling-maintenance"): only this kind is read here.
/// </summary>
public sealed class RunbookStore
{
    public const string NodeMaintenanceKind = "node-maintenance";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly StateStore _store;
    private readonly TimeProvider _time;

    public RunbookStore(StateStore store, TimeProvider? time = null)
    {
        _store = store;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Inserts a new runbook; returns it with its id.</summary>
    public RunbookState Create(RunbookState draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = _time.GetUtcNow();
        var id = Convert.ToInt64(_store.Scalar(
            """
            INSERT INTO runbook (cluster, node, kind, status, created_at, updated_at, body) VALUES ($c, $n, $k, $s, $t, $t, $b);
            SELECT last_insert_rowid();
            """,
            ("$c", draft.Cluster), ("$n", draft.Node), ("$k", NodeMaintenanceKind), ("$s", draft.Status.ToString()), ("$t", Iso(now)),
            ("$b", JsonSerializer.Serialize(draft, Json))), CultureInfo.InvariantCulture);
        var state = draft with { Id = id, UpdatedAt = now };
        Save(state);
        return state;
    }

    public void Save(RunbookState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _store.Execute("UPDATE runbook SET status=$s, updated_at=$t, body=$b WHERE id=$id;",
            ("$s", state.Status.ToString()), ("$t", Iso(state.UpdatedAt)), ("$b", JsonSerializer.Serialize(state, Json)), ("$id", state.Id));
    }

    public RunbookState? Load(long id) => Query("SELECT id, body FROM runbook WHERE id=$id AND kind=$k;", ("$id", id), ("$k", NodeMaintenanceKind)).FirstOrDefault();

    /// <summary>Runbooks neither finished nor aborted: what the console offers to resume.</summary>
    public IReadOnlyList<RunbookState> Open(string cluster) =>
        Query("SELECT id, body FROM runbook WHERE cluster=$c AND kind=$k AND status NOT IN ($f, $a) ORDER BY id;",
            ("$c", cluster), ("$k", NodeMaintenanceKind), ("$f", nameof(RunbookStatus.Finished)), ("$a", nameof(RunbookStatus.Aborted)));

    public IReadOnlyList<RunbookState> Recent(string? cluster = null, int limit = 50) =>
        Query("SELECT id, body FROM runbook WHERE ($c IS NULL OR cluster=$c) AND kind=$k ORDER BY id DESC LIMIT $limit;", ("$c", cluster), ("$k", NodeMaintenanceKind), ("$limit", limit));

    private List<RunbookState> Query(string sql, params (string, object?)[] parameters) =>
        _store.With(c =>
        {
            using var cmd = StateStore.Command(c, sql, parameters);
            using var r = cmd.ExecuteReader();
            var list = new List<RunbookState>();
            while (r.Read())
            {
                try
                {
                    if (JsonSerializer.Deserialize<RunbookState>(r.GetString(1), Json) is { } s)
                    {
                        list.Add(s with { Id = r.GetInt64(0) });
                    }
                }
                catch (JsonException)
                {
                    // A body this version cannot read (written by a newer one): not offered, never rewritten.
                }
            }
            return list;
        });

    private static string Iso(DateTimeOffset t) => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using GntTui.Engine.Store;

namespace GntTui.Engine.Operations.Rolling;

/// <summary>
/// Rolls in the state file, in the runbook table under their own kind (its node column holds the
/// groups as hroller wrote them): the whole <see cref="RollState"/> as JSON, rewritten after every change.
/// </summary>
public sealed class RollStore
{
    public const string Kind = "rolling-maintenance";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };
    private readonly StateStore _store;
    private readonly TimeProvider _time;

    public RollStore(StateStore store, TimeProvider? time = null)
    {
        _store = store;
        _time = time ?? TimeProvider.System;
    }

    public RollState Create(RollState draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var now = _time.GetUtcNow();
        var id = Convert.ToInt64(_store.Scalar(
            """
            INSERT INTO runbook (cluster, node, kind, status, created_at, updated_at, body) VALUES ($c, $n, $k, $s, $t, $t, $b);
            SELECT last_insert_rowid();
            """,
            ("$c", draft.Cluster), ("$n", string.Join(' ', draft.Groups.Select(g => string.Join(',', g.Nodes)))), ("$k", Kind), ("$s", draft.Status.ToString()),
            ("$t", Iso(now)), ("$b", JsonSerializer.Serialize(draft, Json))), CultureInfo.InvariantCulture);
        var state = draft with { Id = id, UpdatedAt = now };
        Save(state);
        return state;
    }

    public void Save(RollState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _store.Execute("UPDATE runbook SET status=$s, updated_at=$t, body=$b WHERE id=$id AND kind=$k;",
            ("$s", state.Status.ToString()), ("$t", Iso(state.UpdatedAt)), ("$b", JsonSerializer.Serialize(state, Json)), ("$id", state.Id), ("$k", Kind));
    }

    public RollState? Load(long id) => Query("SELECT id, body FROM runbook WHERE id=$id AND kind=$k;", ("$id", id), ("$k", Kind)).FirstOrDefault();

    /// <summary>Rolls neither finished nor abandoned: what the console shows at start, held where they stopped.</summary>
    public IReadOnlyList<RollState> Open(string cluster) =>
        Query("SELECT id, body FROM runbook WHERE cluster=$c AND kind=$k AND status NOT IN ($f, $a) ORDER BY id;",
            ("$c", cluster), ("$k", Kind), ("$f", nameof(RollStatus.Finished)), ("$a", nameof(RollStatus.Aborted)));

    private List<RollState> Query(string sql, params (string, object?)[] parameters) =>
        _store.With(c =>
        {
            using var cmd = StateStore.Command(c, sql, parameters);
            using var r = cmd.ExecuteReader();
            var list = new List<RollState>();
            while (r.Read())
            {
                try
                {
                    if (JsonSerializer.Deserialize<RollState>(r.GetString(1), Json) is { } s)
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

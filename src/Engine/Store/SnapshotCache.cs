using System.Globalization;
using System.Text.Json;
using GntTui.Engine.Model;

namespace GntTui.Engine.Store;

/// <summary>The last snapshot per cluster, so the next start paints at once (marked with its age).</summary>
public sealed class SnapshotCache
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly StateStore _store;

    public SnapshotCache(StateStore store)
    {
        _store = store;
    }

    /// <summary>Keeps <paramref name="snapshot"/> as the last one seen for <paramref name="target"/>.</summary>
    public void Save(string target, ClusterSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _store.Execute(
            "INSERT INTO snapshot (cluster, taken_at, body) VALUES ($c, $t, $b) ON CONFLICT(cluster) DO UPDATE SET taken_at=$t, body=$b;",
            ("$c", target), ("$t", snapshot.TakenAt.ToString("O", CultureInfo.InvariantCulture)), ("$b", JsonSerializer.Serialize(snapshot, Json)));
    }

    /// <summary>The cached snapshot marked as from the cache, or null (none, or unreadable after an upgrade).</summary>
    public ClusterSnapshot? Load(string target)
    {
        var body = _store.Scalar("SELECT body FROM snapshot WHERE cluster=$c;", ("$c", target)) as string;
        if (body is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<ClusterSnapshot>(body, Json) is { } s
                ? s with { FromCache = true, Connection = ConnectionState.Connecting }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

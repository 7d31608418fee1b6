using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Live;

/// <summary>
/// The one place the cluster's picture is put together, for the console's refresh loop and for
/// <c>gnt-tui status</c> alike. Name and version do not change under us, the master does
/// (master-failover): every read already has each node's role, so the master comes from there.
/// Reads must not overlap (the refresh loop serialises them; status reads once).
/// </summary>
public sealed class ClusterReader
{
    private readonly GanetiClient _client;
    private ClusterInfo? _info;

    public ClusterReader(GanetiClient client) => _client = client;

    public async Task<ClusterReading> ReadAsync(CancellationToken ct)
    {
        // Independent round trips over the one shared connection: in parallel, not one after the other.
        var infoTask = _info is { } known ? Task.FromResult(known) : _client.GetClusterInfoAsync(ct);
        var dataTask = _client.FetchAsync(ct);
        await Task.WhenAll(infoTask, dataTask).ConfigureAwait(false);
        var (info, data) = (await infoTask.ConfigureAwait(false), await dataTask.ConfigureAwait(false));
        if (data.Nodes.FirstOrDefault(n => n.Role == NodeRole.Master) is { } master && master.Name != info.MasterNode)
        {
            info = info with { MasterNode = master.Name };
        }
        _info = info;
        return new ClusterReading(info, data);
    }
}

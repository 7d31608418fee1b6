using GntTui.Engine.Drbd;
using GntTui.Engine.Model;

namespace GntTui.Views.Screens;

/// <summary>
/// What every view renders from: the latest cluster snapshot, the latest DRBD snapshot, and lookups
/// built from them on first use, once per snapshot (not per frame, not per row).
/// </summary>
internal sealed class ConsoleData
{
    private IReadOnlyDictionary<string, CurrentJob>? _currentJobs;
    private DrbdIndex? _drbdIndex;

    public ConsoleData(ClusterSnapshot snapshot, DrbdSnapshot? drbd)
    {
        Snapshot = snapshot;
        Drbd = drbd;
    }

    public ClusterSnapshot Snapshot { get; }

    /// <summary>Null until the DRBD monitor has published anything (sampling not started).</summary>
    public DrbdSnapshot? Drbd { get; }

    public IReadOnlyDictionary<string, CurrentJob> CurrentJobs => _currentJobs ??= CurrentJobIndex.Build(Snapshot.Jobs);

    public DrbdIndex? DrbdIndex => Drbd is null ? null : _drbdIndex ??= DrbdIndex.Build(Drbd);

    /// <summary>New cluster data; the DRBD lookups carry over.</summary>
    public ConsoleData WithSnapshot(ClusterSnapshot snapshot) => new(snapshot, Drbd) { _drbdIndex = _drbdIndex };

    /// <summary>New DRBD data; the job lookups carry over.</summary>
    public ConsoleData WithDrbd(DrbdSnapshot drbd) => new(Snapshot, drbd) { _currentJobs = _currentJobs };
}

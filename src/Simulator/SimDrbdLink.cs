namespace GntTui.Simulator;

/// <summary>
/// A DRBD mirror between two nodes for one instance disk. It tracks whether the two ends are
/// connected, what got out of sync while they were not (guest writes, at the instance's write
/// rate), and the resync that follows a reconnect or a disk replacement.
/// </summary>
public sealed class SimDrbdLink
{
    private SimDrbdEnd _first = null!;
    private SimDrbdEnd _second = null!;

    internal SimDrbdLink(SimInstance instance, SimDisk disk, int port)
    {
        Instance = instance;
        Disk = disk;
        Port = port;
    }

    public SimInstance Instance { get; }
    public SimDisk Disk { get; }
    public int Port { get; }
    public SimDrbdEnd First => _first;
    public SimDrbdEnd Second => _second;
    public SimDrbdResync? Resync { get; internal set; }

    /// <summary>KiB known to differ between the ends, accrued while they were apart.</summary>
    internal long OutOfSyncKiB { get; set; }
    internal DateTimeOffset OutOfSyncSince { get; set; }
    internal bool WasConnected { get; set; }

    public long SizeKiB => Disk.SizeMiB * 1024;

    internal void SetEnds(SimDrbdEnd first, SimDrbdEnd second)
    {
        _first = first;
        _second = second;
    }

    /// <summary>Replaces one end (a new secondary); the old end's minor is released.</summary>
    internal void ReplaceEnd(SimDrbdEnd old, SimDrbdEnd replacement)
    {
        old.Node.ReleaseMinor(old.Minor);
        if (ReferenceEquals(old, _first))
        {
            _first = replacement;
        }
        else
        {
            _second = replacement;
        }
    }

    public SimDrbdEnd Other(SimDrbdEnd end) => ReferenceEquals(end, _first) ? _second : _first;

    public SimDrbdEnd? EndOn(SimNode node) =>
        ReferenceEquals(_first.Node, node) ? _first : ReferenceEquals(_second.Node, node) ? _second : null;

    /// <summary>Both ends exist, are on live nodes and have their network configured.</summary>
    public bool IsConnected =>
        _first.IsActive && _second.IsActive && _first.NetworkAttached && _second.NetworkAttached;

    /// <summary>The cs: field for one end.</summary>
    public string ConnectionState(SimDrbdEnd end)
    {
        if (!end.NetworkAttached)
        {
            return "StandAlone";
        }
        if (!IsConnected)
        {
            return "WFConnection";
        }
        if (Resync is { } r)
        {
            return ReferenceEquals(r.Source, end) ? "SyncSource" : "SyncTarget";
        }
        return "Connected";
    }

    /// <summary>The end the guest writes through: Primary, active, with the instance running on its node.</summary>
    internal SimDrbdEnd? Writer()
    {
        foreach (var end in new[] { _first, _second })
        {
            if (end.IsActive && end.Role == SimDrbdRole.Primary && ReferenceEquals(Instance.RunningOn, end.Node))
            {
                return end;
            }
        }
        return null;
    }

    /// <summary>Brings both ends' counters up to <paramref name="now"/> before anything changes.</summary>
    internal void AccrueCounters(DateTimeOffset now)
    {
        _first.Counters.Accrue(_first, now);
        _second.Counters.Accrue(_second, now);
    }

    /// <summary>Adds the guest's writes since the last call to what is out of sync, while apart.</summary>
    internal void AccrueOutOfSync(DateTimeOffset now)
    {
        if (!WasConnected && Writer() is not null && now > OutOfSyncSince)
        {
            var added = (long)(Instance.WriteRateKiBps * (now - OutOfSyncSince).TotalSeconds);
            OutOfSyncKiB = Math.Min(SizeKiB, OutOfSyncKiB + added);
        }
        OutOfSyncSince = now;
    }
}

namespace GntTui.Simulator;

/// <summary>
/// A DRBD device's kernel counters (KiB sent, received, written, read). They grow with the guest's
/// writes according to the device's role and connection at the time, so they only ever go up
/// until the device is torn down and set up again.
/// </summary>
internal sealed class SimDrbdCounters
{
    private double _ns;
    private double _nr;
    private double _dw;
    private double _dr;
    private DateTimeOffset _at;

    public DateTimeOffset Since { get; private set; }

    /// <summary>A freshly configured device starts from zero.</summary>
    public void Reset(DateTimeOffset now)
    {
        _ns = _nr = _dw = _dr = 0;
        _at = now;
        Since = now;
    }

    /// <summary>A device that has been up for a while (the demo's starting state).</summary>
    public void Backdate(DateTimeOffset since, double writeRateKiBps, bool writer)
    {
        var seconds = Math.Max(0, (_at - since).TotalSeconds);
        var written = writeRateKiBps * seconds;
        (_ns, _nr, _dw, _dr) = writer ? (written, 0.0, written, written * 2) : (0.0, written, written, 0.0);
        Since = since;
    }

    /// <summary>Adds what happened since the last call under the current role and connection.</summary>
    public void Accrue(SimDrbdEnd end, DateTimeOffset now)
    {
        var (ns, nr, dw, dr) = Pending(end, now);
        _ns += ns;
        _nr += nr;
        _dw += dw;
        _dr += dr;
        _at = now;
    }

    /// <summary>ns, nr, dw, dr, al as /proc/drbd shows them now (resync traffic included).</summary>
    public (long Ns, long Nr, long Dw, long Dr, long Al) Read(SimDrbdEnd end, DateTimeOffset now)
    {
        var (ns, nr, dw, dr) = Pending(end, now);
        var resync = end.Link.Resync;
        var moving = resync?.SyncedAt(now) ?? 0;
        var sent = end.ResyncKiBSent + (ReferenceEquals(resync?.Source, end) ? moving : 0);
        var received = end.ResyncKiBReceived + (ReferenceEquals(resync?.Target, end) ? moving : 0);
        var al = (long)Math.Max(0, (now - Since).TotalSeconds / 40);
        return ((long)(_ns + ns) + sent, (long)(_nr + nr) + received, (long)(_dw + dw) + received, (long)(_dr + dr) + sent, al);
    }

    private (double Ns, double Nr, double Dw, double Dr) Pending(SimDrbdEnd end, DateTimeOffset now)
    {
        var seconds = Math.Max(0, (now - _at).TotalSeconds);
        var link = end.Link;
        var writer = link.Writer();
        if (writer is null || seconds == 0)
        {
            return (0, 0, 0, 0);
        }
        var written = link.Instance.WriteRateKiBps * seconds;
        if (ReferenceEquals(writer, end))
        {
            return (link.IsConnected ? written : 0, 0, written, written * 2);
        }
        return link.IsConnected ? (0, written, written, 0) : (0, 0, 0, 0);
    }
}

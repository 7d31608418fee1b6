using System.Globalization;

namespace GntTui.Engine.Ganeti.Operations;

/// <summary>
/// <c>gnt-cluster modify -D drbd:resync-rate=N</c>: the cluster-wide DRBD resync rate, KiB/s. Ganeti
/// pushes it to every node's devices, so it speeds up (or slows down) resyncs already running.
/// </summary>
public sealed record ClusterSetDrbdResyncRate : GanetiOperation
{
    public ClusterSetDrbdResyncRate(long rateKiBps, string why = "")
        : base(why)
    {
        // Zero would stop every resync in the cluster; nobody means that from a "go faster" key.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rateKiBps);
        RateKiBps = rateKiBps;
    }

    public long RateKiBps { get; }

    public override string TargetName => "cluster";
    public override string Verb => "set DRBD resync-rate " + RateKiBps.ToString(CultureInfo.InvariantCulture);
    public override OperationKind Kind => OperationKind.ClusterSetDrbdResyncRate;

    // No -f: modifying disk parameters does not prompt.
    protected override IEnumerable<string> Command() =>
        ["gnt-cluster", "modify", "--submit", "-D", "drbd:resync-rate=" + RateKiBps.ToString(CultureInfo.InvariantCulture)];

    protected override IEnumerable<string> Arguments() => [];
}

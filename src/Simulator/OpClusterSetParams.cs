using System.Globalization;

namespace GntTui.Simulator;

/// <summary>OP_CLUSTER_SET_PARAMS for the one parameter the console changes: drbd:resync-rate.</summary>
internal sealed class OpClusterSetParams(SimClientInfo client, long resyncRateKiBps) : SimOpcode(client)
{
    public override string OpId => "OP_CLUSTER_SET_PARAMS";
    public override string Summary => "CLUSTER_SET_PARAMS";

    // The cluster lock in Ganeti; nothing else the simulator runs takes it, so an empty set behaves the same.
    public override IEnumerable<string> LockNames(SimulatedCluster cluster) => [];

    protected override void AddInputs(IDictionary<string, object?> fields, SimJob job, SimulatedCluster cluster)
    {
        fields["diskparams"] = new SortedDictionary<string, object?>(StringComparer.Ordinal)
        {
            ["drbd"] = new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["resync-rate"] = resyncRateKiBps.ToString(CultureInfo.InvariantCulture),
            },
        };
    }

    public override IEnumerable<TimeSpan> Run(SimJobContext ctx)
    {
        yield return ctx.Seconds(0.1, 0.2);
        ctx.PrereqDone();
        yield return ctx.Seconds(0.3, 0.6);
        ctx.Cluster.Mirrors.SetDrbdResyncRate(resyncRateKiBps);
    }
}

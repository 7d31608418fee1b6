namespace GntTui.Engine.Planners;

/// <summary>The three commands hbal prints (Cluster.hs computeMoves): migrate (running) or failover (stopped), and replace-disks -n.</summary>
public enum HbalVerb
{
    Migrate,
    Failover,
    ReplaceDisks,
}

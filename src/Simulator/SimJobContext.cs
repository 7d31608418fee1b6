namespace GntTui.Simulator;

/// <summary>What a running opcode may use: the cluster, the simulated present, its job log and child jobs.</summary>
internal sealed class SimJobContext(SimulatedCluster cluster, SimJob job)
{
    public SimulatedCluster Cluster { get; } = cluster;
    public SimJob Job { get; } = job;
    public DateTimeOffset Now => Cluster.Scheduler.Now;

    /// <summary>A plain feedback line ("* migrating instance to node2").</summary>
    public void Feedback(string message) => Job.AddLog(Now, message);

    public void Info(string message) => Feedback(" - INFO: " + message);

    public void Warning(string message) => Feedback(" - WARNING: " + message);

    public void LogStep(int current, int total, string message) => Feedback($"STEP {current}/{total} {message}");

    /// <summary>The pause between two log lines of a busy LU (~50 ms in the lab).</summary>
    public TimeSpan Step() => TimeSpan.FromMilliseconds(Cluster.Rng.Between(38.0, 62.0));

    public TimeSpan Seconds(double min, double max) => TimeSpan.FromSeconds(Cluster.Rng.Between(min, max));

    /// <summary>CheckPrereq passed: gnt-job info then shows the fields the LU filled in (e.g. mode).</summary>
    public void PrereqDone() => Job.PastPrereq = true;

    public long SubmitChild(SimOpcode opcode) => Cluster.Queue.Submit(opcode).Id;

    /// <summary>ReleaseLocks(LEVEL_NODE): keeps the instance lock, frees the nodes for other jobs.</summary>
    public void ReleaseNodeLocks() => Cluster.Queue.Release(Job, l => l.StartsWith("node/", StringComparison.Ordinal));
}

namespace GntTui.Simulator;

/// <summary>How a client without --submit reports the job it waits for.</summary>
internal enum SyncStyle
{
    /// <summary>Log lines only (migrate, failover, replace-disks).</summary>
    Plain,
    /// <summary>"Waiting for job N for NAME ..." first (startup, shutdown, reboot).</summary>
    WaitingForNamed,
    /// <summary>"Modified node X" and the changes (node modify).</summary>
    NodeModify,
    /// <summary>The job submits jobs; wait for each (node migrate, node evacuate, cluster verify).</summary>
    Parent,
}

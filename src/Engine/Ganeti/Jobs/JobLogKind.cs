namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>What a job log line says, by the Ganeti format string that printed it.</summary>
public enum JobLogKind
{
    Message,
    Info,
    Warning,
    /// <summary>"      Hint: …" after a warning (mcpu.py LogWarning's hint).</summary>
    Hint,
    /// <summary>"- device disk/0: 34.90% done, 5s remaining (estimated)".</summary>
    DiskSync,
    /// <summary>"* memory transfer progress: 61.23 %".</summary>
    MemoryTransfer,
    /// <summary>"   - progress: 42.0%" (migration waiting for the DRBD resync) or "DRBD resync on secondary X at 42.0%".</summary>
    DrbdResync,
    /// <summary>" - done: 42.0% ETA: 1m 35s" while a new disk is wiped.</summary>
    DiskWipe,
    /// <summary>"Disk 0 sent 1.5G, 42.3 MiB/s, 35%, ETA 1m 35s" (export, move, remote import).</summary>
    DiskTransfer,
    /// <summary>"STEP 3/6 Allocate new storage" (replace-disks and other multi-step LUs).</summary>
    Step,
    /// <summary>"Instance X's disks are in sync".</summary>
    DisksInSync,
    /// <summary>"Migration failed, aborting" or "Pre-migration failed, aborting".</summary>
    MigrationFailed,
    /// <summary>"Submitted jobs 12, 13": a command that runs several jobs (verify, node migrate, evacuate).</summary>
    SubmittedJobs,
    /// <summary>"Waiting for job 12 for inst1 ...": the same command moving on to its next job.</summary>
    WaitingForJob,
    /// <summary>"Job 12 is waiting in queue".</summary>
    Queued,
    /// <summary>"Job 12 is trying to acquire all necessary locks".</summary>
    WaitingForLocks,
    /// <summary>"Job N failed: …" and the lines that continue it.</summary>
    JobFailed,
}

namespace GntTui.Engine.Ganeti.Jobs;

public enum JobLogKind
{
    Message,
    Info,
    Warning,
    /// <summary>"- device disk/0: 34.90% done, 5s remaining (estimated)".</summary>
    DiskSync,
    /// <summary>"* memory transfer progress: 61.23 %".</summary>
    MemoryTransfer,
    /// <summary>"Instance X's disks are in sync".</summary>
    DisksInSync,
    /// <summary>"Migration failed, aborting".</summary>
    MigrationFailed,
    /// <summary>"Job N failed: …" and the lines that continue it.</summary>
    JobFailed,
}

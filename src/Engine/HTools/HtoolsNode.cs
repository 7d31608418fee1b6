namespace GntTui.Engine.HTools;

/// <summary>
/// A node line: <c>name|t_mem|n_mem|f_mem|t_disk|f_disk|t_cpu|flag|group_uuid|spindles|tags|excl_stor|free_spindles|cpu_count|cpu_speed</c>.
/// <see cref="Flag"/> is <c>Y</c> (offline: htools writes drained and unreachable nodes so too),
/// <c>M</c> (master) or <c>N</c>. <see cref="Unknown"/>: a resource was <c>?</c>, which htools
/// loads as an offline node with no resources.
/// </summary>
public sealed record HtoolsNode(
    string Name,
    long TotalMemory,
    long NodeMemory,
    long FreeMemory,
    long TotalDisk,
    long FreeDisk,
    long TotalCpu,
    char Flag,
    string GroupUuid,
    int Spindles = 1,
    IReadOnlyList<string>? Tags = null,
    bool ExclusiveStorage = false,
    int FreeSpindles = 0,
    int CpuCount = 1,
    double CpuSpeed = 1.0,
    bool Unknown = false)
{
    public bool Offline => Flag == 'Y' || Unknown;

    public bool IsMaster => Flag == 'M';
}

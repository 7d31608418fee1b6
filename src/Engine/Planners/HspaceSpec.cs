namespace GntTui.Engine.Planners;

/// <summary>An instance spec as hspace prints it: memory and disk in MiB, CPUs, and the disk template.</summary>
public sealed record HspaceSpec(long MemoryMiB, long DiskMiB, int Cpus, string DiskTemplate)
{
    public override string ToString() => $"{Size(MemoryMiB)} RAM, {Size(DiskMiB)} disk, {Cpus} vCPU, {DiskTemplate}";

    private static string Size(long mib) => mib >= 1024 && mib % 1024 == 0 ? $"{mib / 1024} GiB" : $"{mib} MiB";
}

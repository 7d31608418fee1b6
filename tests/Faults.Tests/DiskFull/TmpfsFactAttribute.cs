namespace GntTui.Faults.Tests.DiskFull;

/// <summary>A test on a small tmpfs: skipped with the reason without root; in CI (GNTTUI_LAB_REQUIRED=1) it runs, and fails if it cannot mount.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute() => Skip = SmallTmpfs.SkipReason();
}

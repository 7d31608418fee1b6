namespace GntTui.Engine.Operations;

public enum RunbookActionKind
{
    Drain,
    Undrain,
    Migrate,
    Failover,
    /// <summary><c>replace-disks -I hail</c>: a new secondary.</summary>
    ReplaceSecondary,
}

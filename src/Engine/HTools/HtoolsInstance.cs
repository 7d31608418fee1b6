namespace GntTui.Engine.HTools;

/// <summary>
/// An instance line: <c>name|mem|disk|vcpus|status|auto_balance|pnode|snode|disk_template|tags|spindle_use|spindles|forthcoming</c>.
/// <see cref="Status"/> is Ganeti's raw status (<c>running</c>, <c>ADMIN_down</c>, ...);
/// <see cref="Spindles"/> null is <c>-</c>.
/// </summary>
public sealed record HtoolsInstance(
    string Name,
    long Memory,
    long Disk,
    int Vcpus,
    string Status,
    bool AutoBalance,
    string PrimaryNode,
    string? SecondaryNode,
    string DiskTemplate,
    IReadOnlyList<string>? Tags = null,
    int SpindleUse = 1,
    int? Spindles = null,
    bool Forthcoming = false);

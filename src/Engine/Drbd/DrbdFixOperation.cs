using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Drbd;

/// <summary>The advised fix of a DRBD disk as the operation the console confirms and submits.</summary>
public static class DrbdFixOperation
{
    /// <summary>Null when the disk's state has nothing safe to offer (healthy, verifying, unrecognised, no valid instance name).</summary>
    public static GanetiOperation? For(DrbdAdvice advice, string reason = "")
    {
        ArgumentNullException.ThrowIfNull(advice);
        return advice.Operation is { } op ? op with { Reason = reason } : null;
    }

    public static GanetiOperation? For(DrbdDiskView disk, string reason = "")
    {
        ArgumentNullException.ThrowIfNull(disk);
        return For(disk.Advice, reason);
    }
}

using GntTui.Engine.Drbd;

namespace GntTui.Engine.Live;

/// <summary>Something about an instance disk worth a notification; <see cref="Message"/> is ready to show.</summary>
public sealed record DrbdMonitorEvent(DrbdMonitorEventKind Kind, string Instance, int DiskIndex, DateTimeOffset Time, string Message)
{
    /// <summary>Set for <see cref="DrbdMonitorEventKind.ResyncFinished"/>.</summary>
    public DrbdFinishedResync? Finished { get; init; }
}

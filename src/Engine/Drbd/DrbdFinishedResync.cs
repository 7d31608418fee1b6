using GntTui.Engine.Text;

namespace GntTui.Engine.Drbd;

/// <summary>
/// A resync of an instance disk that was seen to end. When the console came in mid-way,
/// <see cref="StartObserved"/> is false and <see cref="Started"/> is worked back from DRBD's
/// average speed (or is the first sighting, when DRBD gave none).
/// </summary>
public sealed record DrbdFinishedResync(string Instance, int DiskIndex, DateTimeOffset Started, DateTimeOffset Finished, bool StartObserved)
{
    public TimeSpan Duration => Finished - Started;

    /// <summary>The audit log's line: "resync of inst1 disk/0 took 3 hours 12 minutes".</summary>
    public string Message =>
        $"resync of {Instance} disk/{DiskIndex} took {(StartObserved ? "" : "about ")}{DurationText.Compact(Duration)}"
        + (StartObserved ? "" : " (start worked back from DRBD's average speed)");
}

using System.Globalization;

namespace GntTui.Engine.Drbd;

/// <summary>The exact argv the Engine sends to a node for DRBD state; the simulator answers the same.</summary>
public static class DrbdQueries
{
    /// <summary>Line that ends each sample in the sampling stream.</summary>
    public const string SampleEndMarker = "--- gnt-tui sample end";

    /// <summary>One capture of /proc/drbd.</summary>
    public static IReadOnlyList<string> ReadProcDrbd() => ["cat", "/proc/drbd"];

    /// <summary>
    /// One long-lived stream per node: a capture every interval, each followed by the end marker.
    /// One process over the multiplexed connection instead of an SSH exec per sample.
    /// </summary>
    public static IReadOnlyList<string> SampleStream(TimeSpan interval)
    {
        var seconds = Math.Max(0.2, interval.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        return ["sh", "-c", $"while :; do cat /proc/drbd; echo '{SampleEndMarker}'; sleep {seconds}; done"];
    }
}

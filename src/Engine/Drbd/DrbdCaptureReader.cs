using System.Globalization;
using System.Text;

namespace GntTui.Engine.Drbd;

/// <summary>
/// Reads a capture for <c>gnt-tui drbd --replay FILE</c>: one /proc/drbd dump, or several, each
/// introduced by a line <c>--- &lt;ISO 8601 timestamp&gt; [node]</c>. A capture without a
/// timestamp (a plain dump, or text before the first marker) gets the fallback time.
/// </summary>
public static class DrbdCaptureReader
{
    private const string Marker = "---";

    /// <summary>Reads a capture file; the file's own time is the fallback. IO errors propagate.</summary>
    public static IReadOnlyList<DrbdSample> ReadFile(string path, string node = "replay") =>
        Read(File.ReadAllText(path), node, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero));

    /// <summary>Never throws; unreadable markers become notes on the sample that follows them.</summary>
    public static IReadOnlyList<DrbdSample> Read(string? text, string node, DateTimeOffset fallbackTime)
    {
        var samples = new List<DrbdSample>();
        var body = new StringBuilder();
        var time = fallbackTime;
        var sampleNode = node;
        var notes = new List<string>();
        var sawMarker = false;

        foreach (var line in (text ?? "").Split('\n'))
        {
            if (!IsMarker(line))
            {
                body.Append(line).Append('\n');
                continue;
            }
            // Text before the first marker is a capture only if it holds something.
            if (sawMarker || !string.IsNullOrWhiteSpace(body.ToString()))
            {
                samples.Add(Sample(body.ToString(), sampleNode, time, notes));
            }
            sawMarker = true;
            body.Clear();
            notes = [];
            (time, sampleNode) = ReadMarker(line, node, NextFallback(samples, fallbackTime), notes);
        }
        if (sawMarker || !string.IsNullOrWhiteSpace(body.ToString()))
        {
            samples.Add(Sample(body.ToString(), sampleNode, time, notes));
        }
        return samples;
    }

    private static bool IsMarker(string line) =>
        line.StartsWith(Marker, StringComparison.Ordinal) && (line.Length == Marker.Length || char.IsWhiteSpace(line[Marker.Length]));

    private static (DateTimeOffset Time, string Node) ReadMarker(string line, string node, DateTimeOffset fallback, List<string> notes)
    {
        var parts = line[Marker.Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            notes.Add("capture marker without a timestamp");
            return (fallback, node);
        }
        var markerNode = parts.Length > 1 ? parts[1] : node;
        if (DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return (time, markerNode);
        }
        notes.Add($"unreadable capture timestamp '{DrbdStateNames.Clip(parts[0])}'");
        return (fallback, markerNode);
    }

    /// <summary>A second after the previous sample, so a bad marker keeps the replay in order.</summary>
    private static DateTimeOffset NextFallback(List<DrbdSample> samples, DateTimeOffset fallback) =>
        samples.Count > 0 && samples[^1].Time < DateTimeOffset.MaxValue.AddSeconds(-1) ? samples[^1].Time.AddSeconds(1) : fallback;

    private static DrbdSample Sample(string body, string node, DateTimeOffset time, List<string> notes)
    {
        var sample = ProcDrbdParser.Parse(body, node, time);
        return notes.Count == 0 ? sample : sample with { Notes = notes.Concat(sample.Notes).ToList() };
    }
}

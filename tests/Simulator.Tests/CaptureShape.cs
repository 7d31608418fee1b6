using System.Text.RegularExpressions;

namespace GntTui.Simulator.Tests;

/// <summary>
/// Compares lines by shape: each separator field reduced to its kind (int, Y/N, host, timestamp,
/// "*", …), so the simulator's values can differ from a capture's while the format must not.
/// </summary>
internal static partial class CaptureShape
{
    public static string Of(string field) => field switch
    {
        "" => "empty",
        "*" or "?" or "-" or "??" or "None" => field,
        "Y" or "N" => "bool",
        _ when IntPattern().IsMatch(field) => "int",
        _ when TimestampPattern().IsMatch(field) => "ts",
        _ when RolePattern().IsMatch(field) => "role",
        _ when HostPattern().IsMatch(field) => "host",
        _ => "word",
    };

    public static string[] Fields(string line, char separator = '|') => line.Split(separator);

    /// <summary>Asserts every line has the capture's field count and, per column, a shape the captures (or <paramref name="extra"/>) show.</summary>
    public static void AssertMatches(IEnumerable<string> captureLines, IEnumerable<string> ourLines, IReadOnlyDictionary<int, string[]>? extra = null)
    {
        var capture = captureLines.Select(l => Fields(l)).ToList();
        var width = capture[0].Length;
        Assert.All(capture, c => Assert.Equal(width, c.Length));
        var allowed = Enumerable.Range(0, width).Select(i => capture.Select(c => Of(c[i])).ToHashSet()).ToList();
        if (extra is not null)
        {
            foreach (var (col, shapes) in extra)
            {
                allowed[col].UnionWith(shapes);
            }
        }
        var count = 0;
        foreach (var line in ourLines)
        {
            count++;
            var fields = Fields(line);
            Assert.True(fields.Length == width, $"'{line}' has {fields.Length} fields, the capture {width}");
            for (var i = 0; i < width; i++)
            {
                Assert.True(allowed[i].Contains(Of(fields[i])),
                    $"column {i} of '{line}' is '{fields[i]}' ({Of(fields[i])}); captures show {string.Join("/", allowed[i])}");
            }
        }
        Assert.True(count > 0, "no lines to compare");
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^\[\d+, \d+\]$")]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^[MCRDO]$")]
    private static partial Regex RolePattern();

    [GeneratedRegex(@"^[a-z0-9-]+(\.[a-z0-9-]+)+$")]
    private static partial Regex HostPattern();
}

using System.Text;
using P = GntTui.Engine.Drbd.ProcDrbdPatterns;

namespace GntTui.Engine.Drbd;

/// <summary>
/// Reads /proc/drbd of DRBD 8.x the way Ganeti's drbd_info.py does: split on lines that start a
/// minor, join each minor's continuation lines, then match named patterns on the joined text.
/// It never throws: whatever it cannot read becomes a note on the sample or the device.
/// </summary>
public static class ProcDrbdParser
{
    public static DrbdSample Parse(string? text, string node, DateTimeOffset time)
    {
        try
        {
            return ParseCore(text ?? "", node, time);
        }
        catch (Exception ex)
        {
            // A last line of defence for a monitoring loop; the fuzz tests call ParseCore directly
            // so a bug here cannot hide behind this catch.
            return new DrbdSample(time, node, [], null, [$"internal parser error: {ex.GetType().Name}: {ex.Message}"]);
        }
    }

    internal static DrbdSample ParseCore(string text, string node, DateTimeOffset time)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            // `cat /proc/drbd` prints nothing where the module is not loaded: a fact, not a parse failure.
            return new DrbdSample(time, node, [], null, []) { NoDrbd = true };
        }
        var notes = new List<string>();
        var (header, minors) = Split(text);
        var version = ReadHeader(header, notes);
        var devices = KeepLastPerMinor(minors.Select(ProcDrbdMinorParser.Parse), notes);

        if (devices.Count == 0 && version?.Release is { } release && !release.StartsWith("8.", StringComparison.Ordinal))
        {
            notes.Add($"DRBD {release} lists no devices in /proc/drbd; events2 is the source there");
        }
        return new DrbdSample(time, node, devices, version, notes);
    }

    /// <summary>Header lines before the first minor, and each minor's lines joined by single spaces.</summary>
    private static (List<string> Header, List<string> Minors) Split(string text)
    {
        var header = new List<string>();
        var minors = new List<string>();
        var current = new StringBuilder();
        var inMinor = false;
        // One kernel (2.6.39) wrote a NUL into the middle of a minor; treat it as a blank.
        // Lines are walked as spans: only the joined minors and the header lines become strings.
        var rest = text.Replace('\0', ' ').AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).TrimEnd('\r');
            if (P.MinorStart().IsMatch(line))
            {
                if (inMinor)
                {
                    minors.Add(current.ToString());
                }
                current.Clear().Append(line.TrimEnd());
                inMinor = true;
            }
            else if (!inMinor)
            {
                header.Add(line.ToString());
            }
            else if (!line.IsWhiteSpace())
            {
                current.Append(' ').Append(line.Trim());
            }
            if (end < 0)
            {
                break;
            }
            rest = rest[(end + 1)..];
        }
        if (inMinor)
        {
            minors.Add(current.ToString());
        }
        return (header, minors);
    }

    private static DrbdVersion? ReadHeader(List<string> header, List<string> notes)
    {
        string? release = null, api = null, proto = null, source = null, hash = null, builtBy = null;
        foreach (var line in header.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            if (P.VersionLine().Match(line) is { Success: true } v)
            {
                release = v.Groups["release"].Value;
                api = v.Groups["api"].Success ? v.Groups["api"].Value : null;
                proto = v.Groups["proto"].Success ? v.Groups["proto"].Value : null;
            }
            else if (P.SourceVersionLine().Match(line) is { Success: true } s)
            {
                source = s.Groups["src"].Value;
            }
            else if (P.GitHashLine().Match(line) is { Success: true } g)
            {
                hash = g.Groups["hash"].Value;
                builtBy = g.Groups["by"].Success ? g.Groups["by"].Value : null;
            }
            else
            {
                notes.Add($"unrecognised header line '{DrbdStateNames.Clip(line.Trim())}'");
            }
        }
        if (release is null && source is null && hash is null)
        {
            notes.Add("no version line");
            return null;
        }
        if (release is null)
        {
            notes.Add("no version line (only build information)");
        }
        return new DrbdVersion(release, api, proto) { SourceVersion = source, GitHash = hash, BuiltBy = builtBy };
    }

    private static List<DrbdDevice> KeepLastPerMinor(IEnumerable<DrbdDevice> parsed, List<string> notes)
    {
        // Like Ganeti's dict of minors, a repeated minor replaces the earlier one, in place.
        var devices = new List<DrbdDevice>();
        foreach (var device in parsed)
        {
            var index = device.Minor >= 0 ? IndexOfMinor(devices, device.Minor) : -1;
            if (index >= 0)
            {
                notes.Add($"minor {device.Minor} listed twice; kept the later one");
                devices[index] = device;
            }
            else
            {
                devices.Add(device);
            }
        }
        return devices;
    }

    private static int IndexOfMinor(List<DrbdDevice> devices, int minor)
    {
        for (var i = 0; i < devices.Count; i++)
        {
            if (devices[i].Minor == minor)
            {
                return i;
            }
        }
        return -1;
    }
}

using System.Runtime.CompilerServices;

namespace GntTui.Engine.Drbd;

/// <summary>
/// Joins the nodes' DRBD samples with list-drbd mappings into per-instance-disk views: which minor
/// on which node backs which disk, and how both sides look.
/// </summary>
public static class DrbdJoin
{
    // The monitor joins every second with the same mapping list (list-drbd is fetched again only when
    // placement changes) and mostly the same samples: their grouping and minor lookups are kept per
    // object, so a join at 1,000 nodes does not group and sort 20,000 rows each time.
    private static readonly ConditionalWeakTable<object, List<DiskRows>> Grouped = new();
    private static readonly ConditionalWeakTable<DrbdSample, Dictionary<int, DrbdDevice>> Minors = new();

    public static IReadOnlyList<InstanceDiskSync> Join(IEnumerable<DrbdMinorMapping> mappings, IEnumerable<DrbdSample> samples)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        // Only the newest sample of each node counts.
        var latest = samples
            .GroupBy(s => s.Node, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Time)!, StringComparer.OrdinalIgnoreCase);

        // Only an immutable list can be remembered; anything else is grouped afresh.
        var groups = mappings is IReadOnlyList<DrbdMinorMapping> and not List<DrbdMinorMapping> and not DrbdMinorMapping[]
            ? Grouped.GetValue(mappings, _ => Group(mappings))
            : Group(mappings);
        var joined = new List<InstanceDiskSync>(groups.Count);
        foreach (var g in groups)
        {
            joined.Add(JoinDisk(g.Instance, g.DiskIndex, g.Rows, latest));
        }
        return joined;
    }

    internal static List<DiskRows> Group(IEnumerable<DrbdMinorMapping> mappings) =>
        mappings
            .GroupBy(m => (m.Instance, m.DiskIndex))
            .OrderBy(g => g.Key.Instance, StringComparer.Ordinal)
            .ThenBy(g => g.Key.DiskIndex)
            .Select(g => new DiskRows(g.Key.Instance, g.Key.DiskIndex, g.ToList()))
            .ToList();

    /// <summary>One instance disk's list-drbd rows (both nodes'), in the order the join reads them.</summary>
    internal sealed record DiskRows(string Instance, int DiskIndex, List<DrbdMinorMapping> Rows);

    /// <summary>The sample's device of that minor (the first listed, like <see cref="DrbdSample.Find"/>).</summary>
    private static DrbdDevice? Find(DrbdSample sample, int minor) =>
        Minors.GetValue(sample, s =>
        {
            var byMinor = new Dictionary<int, DrbdDevice>(s.Devices.Count);
            foreach (var d in s.Devices)
            {
                byMinor.TryAdd(d.Minor, d);
            }
            return byMinor;
        }).GetValueOrDefault(minor);

    internal static InstanceDiskSync JoinDisk(string instance, int disk, List<DrbdMinorMapping> rows, IReadOnlyDictionary<string, DrbdSample> latest)
    {
        var notes = new List<string>();
        var primaryRow = Pick(rows, DrbdRole.Primary, notes);
        var secondaryRow = Pick(rows, DrbdRole.Secondary, notes);
        foreach (var odd in rows.Where(r => r.Role == DrbdRole.Unknown))
        {
            notes.Add($"{odd.Node} minor {odd.Minor}: role unknown, ignored");
        }

        // A node's list-drbd names its peer, so one node's rows already give both nodes (not the peer's minor).
        var primary = Side(primaryRow?.Node ?? secondaryRow?.PeerNode, primaryRow?.Minor, latest, notes);
        var secondary = Side(secondaryRow?.Node ?? primaryRow?.PeerNode, secondaryRow?.Minor, latest, notes);

        var health = DrbdHealthClassifier.ClassifyPair(primary?.Device, secondary?.Device);
        var progress = new[] { secondary?.Device, primary?.Device }
            .Select(d => d?.Sync)
            .OfType<DrbdSyncProgress>()
            .OrderByDescending(s => s.WantKiBps is not null) // the SyncTarget side also prints want:
            .FirstOrDefault();
        return new InstanceDiskSync(instance, disk, primary, secondary) { Health = health, Progress = progress, Notes = notes };
    }

    private static DrbdMinorMapping? Pick(List<DrbdMinorMapping> rows, DrbdRole role, List<string> notes)
    {
        var matching = rows.Where(r => r.Role == role).ToList();
        if (matching.Select(r => r.Node).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
        {
            notes.Add($"several {role} nodes listed: {string.Join(", ", matching.Select(r => r.Node))}; using the first");
        }
        return matching.FirstOrDefault();
    }

    private static DrbdDiskSide? Side(string? node, int? minor, IReadOnlyDictionary<string, DrbdSample> latest, List<string> notes)
    {
        if (string.IsNullOrEmpty(node))
        {
            return null;
        }
        if (!latest.TryGetValue(node, out var sample))
        {
            return new DrbdDiskSide(node, minor, null, null);
        }
        if (minor is not { } m)
        {
            return new DrbdDiskSide(node, null, null, sample.Time);
        }
        var device = Find(sample, m);
        if (device is null)
        {
            // /proc/drbd leaves out minors that were never set up: to DRBD this one is unconfigured.
            notes.Add($"{node} has no minor {m}; taken as unconfigured");
            device = DrbdDevice.Unconfigured(m);
        }
        return new DrbdDiskSide(node, m, device, sample.Time);
    }
}

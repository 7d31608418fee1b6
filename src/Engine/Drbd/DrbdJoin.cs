namespace GntTui.Engine.Drbd;

/// <summary>
/// Joins the nodes' DRBD samples with list-drbd mappings into per-instance-disk views: which minor
/// on which node backs which disk, and how both sides look.
/// </summary>
public static class DrbdJoin
{
    public static IReadOnlyList<InstanceDiskSync> Join(IEnumerable<DrbdMinorMapping> mappings, IEnumerable<DrbdSample> samples)
    {
        // Only the newest sample of each node counts.
        var latest = samples
            .GroupBy(s => s.Node, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.MaxBy(s => s.Time)!, StringComparer.OrdinalIgnoreCase);

        return mappings
            .GroupBy(m => (m.Instance, m.DiskIndex))
            .OrderBy(g => g.Key.Instance, StringComparer.Ordinal)
            .ThenBy(g => g.Key.DiskIndex)
            .Select(g => JoinDisk(g.Key.Instance, g.Key.DiskIndex, g.ToList(), latest))
            .ToList();
    }

    private static InstanceDiskSync JoinDisk(string instance, int disk, List<DrbdMinorMapping> rows, Dictionary<string, DrbdSample> latest)
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

    private static DrbdDiskSide? Side(string? node, int? minor, Dictionary<string, DrbdSample> latest, List<string> notes)
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
        var device = sample.Find(m);
        if (device is null)
        {
            // /proc/drbd leaves out minors that were never set up: to DRBD this one is unconfigured.
            notes.Add($"{node} has no minor {m}; taken as unconfigured");
            device = DrbdDevice.Unconfigured(m);
        }
        return new DrbdDiskSide(node, m, device, sample.Time);
    }
}

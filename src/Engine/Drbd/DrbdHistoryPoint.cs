namespace GntTui.Engine.Drbd;

/// <summary>One remembered reading of a resyncing device (KiB, KiB/s), for a sparkline that survives a restart.</summary>
public sealed record DrbdHistoryPoint(string Node, int Minor, DateTimeOffset Time, double? Percent, double? SpeedKiBps, long? RemainingKiB);

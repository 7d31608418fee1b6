namespace GntTui.Engine.Drbd;

/// <summary>Resync progress from a peer device's events2 fields (<c>done:</c> and the statistics).</summary>
internal static class Events2SyncReader
{
    private const double KiBPerMiB = 1024;

    public static DrbdSyncProgress? Read(DrbdConnectionState state, Dictionary<string, string>? peerDevice)
    {
        var inResync = state is DrbdConnectionState.SyncSource or DrbdConnectionState.SyncTarget
            or DrbdConnectionState.PausedSyncS or DrbdConnectionState.PausedSyncT
            or DrbdConnectionState.VerifyS or DrbdConnectionState.VerifyT;
        // done: lingers in the merged fields after a resync ends, so the state decides.
        if (!inResync)
        {
            return null;
        }
        var verify = state is DrbdConnectionState.VerifyS or DrbdConnectionState.VerifyT;
        if (Events2DeviceView.Field(peerDevice, "done") is not { } doneText || DrbdNumbers.Double(doneText) is not { } done)
        {
            // Just entered, no done: yet: at 0 % as Ganeti counts a resync without figures.
            return DrbdSyncProgress.NotYetReported(verify);
        }
        var remaining = Events2DeviceView.Number(peerDevice, "out-of-sync");
        var eta = Events2DeviceView.Field(peerDevice, "eta");
        var etaSeconds = eta is null ? null : DrbdNumbers.Double(eta);
        var moving = state is DrbdConnectionState.SyncSource or DrbdConnectionState.SyncTarget;
        return new DrbdSyncProgress(done, remaining, Total(done, remaining))
        {
            IsVerify = verify,
            Finish = etaSeconds is { } s && s >= 0 && s < TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.FromSeconds(Math.Round(s)) : null,
            SpeedKiBps = MiBToKiB(Events2DeviceView.Field(peerDevice, "dbdt1")),
            AverageSpeedKiBps = MiBToKiB(Events2DeviceView.Field(peerDevice, "dbdt")),
            WantKiBps = MiBToKiB(Events2DeviceView.Field(peerDevice, "want")),
            // drbdsetup prints eta:nan when nothing moved in its last window: DRBD's own "stalled".
            Stalled = moving && eta is not null && etaSeconds is null && remaining > 0,
        };
    }

    /// <summary>events2 gives no total; done and out-of-sync imply it while done is below 100.</summary>
    private static long? Total(double done, long? remaining)
    {
        if (remaining is not { } left || done >= 100 || done < 0)
        {
            return null;
        }
        var total = left / (1 - done / 100);
        return total < long.MaxValue / 2 ? (long)Math.Round(total) : null;
    }

    private static long? MiBToKiB(string? text) =>
        text is not null && DrbdNumbers.Double(text) is { } mib && mib >= 0 && mib < long.MaxValue / KiBPerMiB / 2
            ? (long)Math.Round(mib * KiBPerMiB)
            : null;
}

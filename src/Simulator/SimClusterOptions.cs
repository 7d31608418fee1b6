namespace GntTui.Simulator;

/// <summary>Tunables of a simulated cluster; the defaults follow Ganeti's and DRBD's.</summary>
public sealed record SimClusterOptions
{
    /// <summary>DRBD resync-rate (KiB/s): "want:" in /proc/drbd and the speed resyncs hover under.</summary>
    public long DrbdResyncRateKiBps { get; init; } = 61440;

    /// <summary>Memory copy speed of a live migration; live ones also re-send dirtied pages.</summary>
    public double MigrationBandwidthMiBps { get; init; } = 110;

    /// <summary>How long after a node comes back its DRBD devices are set up again (the watcher's activate-disks).</summary>
    public TimeSpan DevicesReturnAfter { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>Some 8.4 kernels glue the sync line to the finish line when sizes print in M: ")Mfinish:".</summary>
    public bool DrbdGluesMegabyteLines { get; init; }

    public string DrbdVersion { get; init; } = "8.4.11";

    public string Hypervisor { get; init; } = "kvm";

    public string DomainSuffix { get; init; } = "example.com";
}

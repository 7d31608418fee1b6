namespace GntTui.Engine.Drbd;

/// <summary>Where a node's sampling stream stands (our SSH link, not DRBD's replication link).</summary>
public enum DrbdStreamState
{
    /// <summary>The stream was started and no sample has come yet.</summary>
    Connecting,
    /// <summary>Samples are arriving.</summary>
    Live,
    /// <summary>The stream ended or failed; waiting out the backoff before the next start.</summary>
    Retrying,
}

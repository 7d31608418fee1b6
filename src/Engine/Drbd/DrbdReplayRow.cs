namespace GntTui.Engine.Drbd;

/// <summary>One device of one replayed capture, with the estimate the live console would have shown then.</summary>
public sealed record DrbdReplayRow(string Node, DrbdDevice Device, ResyncEstimate Estimate)
{
    public int Minor => Device.Minor;
    /// <summary>The device's health, stalled once the estimate sees its resync stop moving.</summary>
    public DrbdHealth Health => DrbdHealthClassifier.Refine(Device.Health, Estimate.Stalled, instanceDown: false);
}

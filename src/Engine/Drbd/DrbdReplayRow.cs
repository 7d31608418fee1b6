namespace GntTui.Engine.Drbd;

/// <summary>One device of one replayed capture, with the estimate the live console would have shown then.</summary>
public sealed record DrbdReplayRow(string Node, DrbdDevice Device, ResyncEstimate Estimate)
{
    public int Minor => Device.Minor;
    public DrbdHealth Health => Device.Health;
}

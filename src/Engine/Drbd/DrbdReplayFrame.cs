namespace GntTui.Engine.Drbd;

/// <summary>One capture of a replay: the parsed sample and its devices with estimates.</summary>
public sealed record DrbdReplayFrame(DrbdSample Sample, IReadOnlyList<DrbdReplayRow> Rows)
{
    public DateTimeOffset Time => Sample.Time;
    public string Node => Sample.Node;
}

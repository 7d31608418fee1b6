namespace GntTui.Simulator;

/// <summary>Something waiting for the manual clock to reach <see cref="Due"/>.</summary>
internal sealed class SimClockWaiter(DateTimeOffset due, long sequence, Action fire)
{
    public DateTimeOffset Due { get; } = due;
    public long Sequence { get; } = sequence;
    public void Fire() => fire();
}

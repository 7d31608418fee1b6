namespace GntTui.Simulator;

/// <summary>Delays on whichever clock the simulation runs on: real time in the demo, a <see cref="SimClock"/> in tests.</summary>
internal static class SimTime
{
    public static Task Delay(TimeProvider time, TimeSpan delay, CancellationToken ct) =>
        time is SimClock clock ? clock.WaitAsync(delay, ct) : Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, time, ct);
}

namespace GntTui.Engine.Live;

/// <summary>
/// When hspace may run again: after <paramref name="minimumGap"/>, or ten times as long as the last
/// run took, whichever is later, so the footer's capacity line never costs more than a tenth of a
/// core on the master (hspace simulates allocations until the cluster is full: minutes on a big one).
/// </summary>
internal sealed class CapacityPace(TimeSpan minimumGap)
{
    private const int CostFactor = 10;

    /// <summary>When the next reading is due; the first at once.</summary>
    public DateTimeOffset Next { get; private set; } = DateTimeOffset.MinValue;

    public bool Due(DateTimeOffset now) => now >= Next;

    /// <summary>A reading (answer or error) that started and ended at these times.</summary>
    public void Ran(DateTimeOffset started, DateTimeOffset ended)
    {
        var took = ended - started;
        var gap = took * CostFactor > minimumGap ? took * CostFactor : minimumGap;
        Next = ended + gap;
    }
}

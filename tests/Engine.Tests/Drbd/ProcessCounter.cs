namespace GntTui.Engine.Tests.Drbd;

/// <summary>Remote processes running now and the most ever seen at once.</summary>
internal sealed class ProcessCounter
{
    private int _running;
    private int _peak;

    public int Running => Volatile.Read(ref _running);

    public int Peak => Volatile.Read(ref _peak);

    public IDisposable Start(int processes)
    {
        var now = Interlocked.Add(ref _running, processes);
        int peak;
        while (now > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak)
        {
        }
        return new Ended(this, processes);
    }

    private sealed class Ended(ProcessCounter counter, int processes) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Add(ref counter._running, -processes);
            }
        }
    }
}

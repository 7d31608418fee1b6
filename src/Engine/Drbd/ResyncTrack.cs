namespace GntTui.Engine.Drbd;

/// <summary>One device's resync as the estimator has watched it: a time window of remaining KiB.</summary>
internal sealed class ResyncTrack
{
    private readonly Queue<(DateTimeOffset Time, long Remaining)> _window = new();
    private readonly Queue<double> _history = new();
    private readonly ResyncEstimatorOptions _options;

    public ResyncTrack(ResyncEstimatorOptions options, bool isVerify)
    {
        _options = options;
        IsVerify = isVerify;
    }

    public bool IsVerify { get; }
    public DateTimeOffset? LastTime { get; private set; }
    public DateTimeOffset LastProgress { get; private set; }
    public double? CurrentSpeed { get; private set; }
    public ResyncEstimate? LastEstimate { get; set; }
    private long Lowest { get; set; } = long.MaxValue;
    private long Highest { get; set; } = long.MinValue;
    private double? LastPercent { get; set; }

    public IReadOnlyList<double> History => _history.ToArray();

    /// <summary>A fresh resync (or a switch between verify and sync) no longer belongs to this track.</summary>
    public bool IsSuperseded(long remaining, double? percent, bool isVerify)
    {
        if (isVerify != IsVerify || LastTime is null)
        {
            return isVerify != IsVerify;
        }
        var percentDropped = percent < LastPercent - 1;
        var margin = Math.Max(1024, Highest / 100);
        var jumpedUp = remaining - margin > Highest;
        return percentDropped || jumpedUp;
    }

    /// <summary>Adds a point; false when it is not newer than the last one (then nothing changes).</summary>
    public bool Add(DateTimeOffset time, long remaining, double? percent, bool paused)
    {
        if (LastTime is { } last && time <= last)
        {
            return false;
        }
        if (_window.Count > 0)
        {
            var (prevTime, prevRemaining) = _window.Last();
            var seconds = (time - prevTime).TotalSeconds;
            CurrentSpeed = Math.Max(0, (prevRemaining - remaining) / seconds);
            Push(CurrentSpeed.Value);
        }
        else
        {
            LastProgress = time;
        }
        _window.Enqueue((time, remaining));
        // Keep two points however old, so sparse sampling still yields a speed.
        while (_window.Count > 2 && (_window.Peek().Time < time - _options.Window || _window.Count > _options.MaxWindowPoints))
        {
            _window.Dequeue();
        }
        if (remaining < Lowest || paused)
        {
            LastProgress = time;
        }
        Lowest = Math.Min(Lowest, remaining);
        Highest = Math.Max(Highest, remaining);
        LastTime = time;
        LastPercent = percent ?? LastPercent;
        return true;
    }

    /// <summary>
    /// KiB moved across the window over its length, as a non-negative speed. Every second weighs
    /// the same: a least-squares slope of this cumulative count would weigh the middle of the
    /// window most and keep a pause that had ended in the ETA for most of a window.
    /// </summary>
    public double? SmoothedSpeed()
    {
        if (_window.Count < 2)
        {
            return null;
        }
        var (firstTime, firstRemaining) = _window.Peek();
        var (lastTime, lastRemaining) = _window.Last();
        var seconds = (lastTime - firstTime).TotalSeconds;
        return seconds <= 0 ? null : Math.Max(0, (firstRemaining - lastRemaining) / seconds);
    }

    private void Push(double speed)
    {
        _history.Enqueue(speed);
        while (_history.Count > Math.Max(0, _options.HistoryCapacity))
        {
            _history.Dequeue();
        }
    }
}

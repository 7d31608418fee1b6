using GntTui.Engine.Live;

namespace GntTui.Engine.Tests.Live;

/// <summary>
/// hspace's pace: every two minutes while it is quick, but never more than a tenth of the time
/// (at 20,000 instances one run took longer than its 2-minute timeout, and it was asked again two
/// minutes later: half a core spent on a footer line, on the master of a real cluster too).
/// </summary>
public sealed class CapacityPaceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 3, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_reading_is_due_at_once_and_a_quick_one_comes_back_after_the_minimum_gap()
    {
        var pace = new CapacityPace(TimeSpan.FromMinutes(2));
        Assert.True(pace.Due(T0));

        pace.Ran(T0, T0.AddSeconds(1));

        Assert.False(pace.Due(T0.AddSeconds(60)));
        Assert.True(pace.Due(T0.AddSeconds(121)));
        Assert.Equal(T0.AddSeconds(121), pace.Next);
    }

    [Fact]
    public void A_slow_reading_waits_ten_times_as_long_as_it_took()
    {
        var pace = new CapacityPace(TimeSpan.FromMinutes(2));

        pace.Ran(T0, T0.AddMinutes(2)); // the timeout: no answer in two minutes

        Assert.False(pace.Due(T0.AddMinutes(4)));
        Assert.False(pace.Due(T0.AddMinutes(21)));
        Assert.True(pace.Due(T0.AddMinutes(22)));
    }
}

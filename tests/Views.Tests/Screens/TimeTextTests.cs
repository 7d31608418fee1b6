using GntTui.Views.Screens.Common;

namespace GntTui.Views.Tests.Screens;

/// <summary>The wording is Humanizer's whether or not Humanizer can run in the process (expected values recorded from Humanizer 2.14.1).</summary>
public sealed class TimeTextTests
{
    [Theory]
    [InlineData(1, "one second ago")]
    [InlineData(3, "3 seconds ago")]
    [InlineData(61, "a minute ago")]
    [InlineData(120, "2 minutes ago")]
    [InlineData(3599, "59 minutes ago")]
    [InlineData(5400, "an hour ago")]
    [InlineData(7200, "2 hours ago")]
    [InlineData(86400, "yesterday")]
    [InlineData(200000, "2 days ago")]
    [InlineData(2500000, "28 days ago")]
    [InlineData(5000000, "one month ago")]
    [InlineData(40000000, "one year ago")]
    [InlineData(80000000, "2 years ago")]
    public void Ages_read_as_Humanizer_words_them(double secondsAgo, string expected)
    {
        var now = TestClock.Start;
        Assert.Equal(expected, TimeText.Ago(now.AddSeconds(-secondsAgo), now));
    }

    [Theory]
    [InlineData(1, "1 second", "1 second")]
    [InlineData(61, "1 minute 1 second", "1 minute")]
    [InlineData(112.5, "1 minute 52 seconds", "1 minute")]
    [InlineData(3605, "1 hour 5 seconds", "1 hour")]
    [InlineData(7322, "2 hours 2 minutes", "2 hours")]
    [InlineData(90061, "1 day 1 hour", "1 day")]
    [InlineData(1000000, "11 days 13 hours", "11 days")]
    public void Durations_read_as_Humanizer_words_them(double seconds, string two, string one)
    {
        var span = TimeSpan.FromSeconds(seconds);
        Assert.Equal(two, TimeText.Words(span));
        Assert.Equal(one, TimeText.Words(span, 1));
    }

    [Theory]
    [InlineData(0, "0s")]
    [InlineData(42, "42s")]
    [InlineData(185, "3m05s")]
    [InlineData(3720, "1h02m")]
    [InlineData(187200, "2d04h")]
    public void Compact_durations_keep_one_shape(double seconds, string expected) =>
        Assert.Equal(expected, TimeText.Compact(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Under_a_second_is_just_now() =>
        Assert.Equal("just now", TimeText.Ago(TestClock.Start.AddMilliseconds(-300), TestClock.Start));
}

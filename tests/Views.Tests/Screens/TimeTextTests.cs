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
    [InlineData(0, "0s")]
    [InlineData(42, "42s")]
    [InlineData(185, "3m05s")]
    [InlineData(3720, "1h02m")]
    [InlineData(2811, "46m51s")]
    [InlineData(187200, "2d4h")]
    [InlineData(273600, "3d4h")]
    public void Compact_durations_keep_one_shape(double seconds, string expected) =>
        Assert.Equal(expected, TimeText.Compact(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Under_a_second_is_just_now() =>
        Assert.Equal("just now", TimeText.Ago(TestClock.Start.AddMilliseconds(-300), TestClock.Start));
}

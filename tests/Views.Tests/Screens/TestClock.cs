namespace GntTui.Views.Tests.Screens;

/// <summary>A clock that stands still unless told, in UTC, so local times in goldens are the same on every machine.</summary>
internal sealed class TestClock : TimeProvider
{
    public static readonly DateTimeOffset Start = new(2025, 11, 21, 9, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = Start;

    public override DateTimeOffset GetUtcNow() => Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => Now += by;
}

using GntTui.Engine.Planners;

namespace GntTui.Views.Screens.Messages;

/// <summary>hspace's room as it last said it, or why it could not.</summary>
public sealed record CapacityUpdate(HspaceSummary? Summary, string? Error, DateTimeOffset At)
{
    /// <summary>The Nodes footer's line.</summary>
    public string Line => Summary is { } s ? s.ShortLine : "capacity unknown: " + Error;
}

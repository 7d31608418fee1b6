using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>A boxed word in the header that must not be missed: DEMO, READ-ONLY.</summary>
public sealed record HeaderBadge(string Text, StyleRole Role)
{
    public static HeaderBadge Demo { get; } = new("DEMO", StyleRole.BadgeDemo);

    public static HeaderBadge ReadOnly { get; } = new("READ-ONLY", StyleRole.BadgeReadOnly);
}

using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>A "key: value" line of a <see cref="DetailPane"/>, a section heading, or a list item ("1 ✓ value": its mark takes no colon).</summary>
public sealed record DetailLine(string Key, string Value, StyleRole ValueRole = StyleRole.Normal, bool IsHeading = false, bool IsItem = false)
{
    public static DetailLine Heading(string text) => new(text, "", StyleRole.Accent, IsHeading: true);

    public static DetailLine Item(string mark, string value, StyleRole role = StyleRole.Normal) => new(mark, value, role, IsItem: true);

    public static DetailLine Blank { get; } = new("", "");
}

using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>A "key: value" line of a <see cref="DetailPane"/>, or a section heading.</summary>
public sealed record DetailLine(string Key, string Value, StyleRole ValueRole = StyleRole.Normal, bool IsHeading = false)
{
    public static DetailLine Heading(string text) => new(text, "", StyleRole.Accent, IsHeading: true);

    public static DetailLine Blank { get; } = new("", "");
}

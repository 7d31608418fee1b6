using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>A cell's text and, optionally, the theme role that colours it (a status, a warning).</summary>
public readonly record struct TableCell(string Text, StyleRole? Role = null)
{
    public static implicit operator TableCell(string text) => new(text);

    public static TableCell FromString(string text) => new(text);
}

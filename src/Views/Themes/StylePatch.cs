using System.Text.Json;
using GntTui.Views.Terminal;

namespace GntTui.Views.Themes;

/// <summary>What a theme file says about one style; unset parts come from the base theme.</summary>
internal sealed record StylePatch(Color? Foreground, Color? Background, CellAttributes? Attributes)
{
    private static readonly Dictionary<string, CellAttributes> AttributeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bold"] = CellAttributes.Bold,
        ["dim"] = CellAttributes.Dim,
        ["italic"] = CellAttributes.Italic,
        ["underline"] = CellAttributes.Underline,
        ["reverse"] = CellAttributes.Reverse,
    };

    public CellStyle ApplyTo(CellStyle inherited) => new(
        Foreground ?? inherited.Foreground,
        Background ?? inherited.Background,
        Attributes ?? inherited.Attributes);

    public static StylePatch Parse(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ThemeException($"{path}: expected an object like {{ \"fg\": \"brightWhite\", \"bg\": \"#005f87\", \"attrs\": [\"bold\"] }}");
        }

        Color? fg = null, bg = null;
        CellAttributes? attributes = null;
        foreach (var property in element.EnumerateObject())
        {
            switch (property.Name)
            {
                case "fg":
                    fg = ParseColor(property.Value, $"{path}.fg");
                    break;
                case "bg":
                    bg = ParseColor(property.Value, $"{path}.bg");
                    break;
                case "attrs":
                    attributes = ParseAttributes(property.Value, $"{path}.attrs");
                    break;
                default:
                    throw new ThemeException($"{path}: unknown key '{property.Name}' (expected fg, bg, attrs)");
            }
        }

        return new StylePatch(fg, bg, attributes);
    }

    private static Color ParseColor(JsonElement element, string path)
    {
        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            throw new ThemeException($"{path}: expected a colour string such as \"brightRed\", \"208\" or \"#ff8700\"");
        }

        return Color.TryParse(text, out var color, out var error) ? color : throw new ThemeException($"{path}: {error}");
    }

    private static CellAttributes ParseAttributes(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw new ThemeException($"{path}: expected a list such as [\"bold\", \"underline\"]");
        }

        var attributes = CellAttributes.None;
        foreach (var item in element.EnumerateArray())
        {
            var name = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText();
            if (!AttributeNames.TryGetValue(name, out var attribute))
            {
                throw new ThemeException($"{path}: unknown attribute '{name}' (expected {string.Join(", ", AttributeNames.Keys)})");
            }

            attributes |= attribute;
        }

        return attributes;
    }
}

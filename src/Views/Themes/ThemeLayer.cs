using System.Text.Json;

namespace GntTui.Views.Themes;

/// <summary>One theme file as written: only what it sets, validated, not yet merged with a base.</summary>
internal sealed record ThemeLayer(string? Name, string? Base, bool? Mono, IReadOnlyDictionary<StyleRole, StylePatch> Styles)
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Dictionary<string, StyleRole> RolesByName =
        Enum.GetValues<StyleRole>().ToDictionary(JsonName, r => r, StringComparer.OrdinalIgnoreCase);

    public static string JsonName(StyleRole role)
    {
        var name = role.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static ThemeLayer Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "";
            throw new ThemeException($"{source}: invalid JSON{where}: {FirstSentence(ex.Message)}", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ThemeException($"{source}: expected a JSON object with \"styles\"");
            }

            string? name = null, baseName = null;
            bool? mono = null;
            var styles = new Dictionary<StyleRole, StylePatch>();
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "name":
                        name = String(property, source, "name");
                        break;
                    case "base":
                        baseName = String(property, source, "base");
                        break;
                    case "description":
                        String(property, source, "description");
                        break;
                    case "mono":
                        mono = property.Value.ValueKind switch
                        {
                            JsonValueKind.True => true,
                            JsonValueKind.False => false,
                            _ => throw new ThemeException($"{source}: mono: expected true or false"),
                        };
                        break;
                    case "styles":
                        ParseStyles(property.Value, source, styles);
                        break;
                    default:
                        throw new ThemeException(
                            $"{source}: unknown setting '{property.Name}' (expected name, description, base, mono, styles)");
                }
            }

            return new ThemeLayer(name, baseName, mono, styles);
        }
    }

    private static void ParseStyles(JsonElement element, string source, Dictionary<StyleRole, StylePatch> styles)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ThemeException($"{source}: styles: expected an object of style name → {{ \"fg\", \"bg\", \"attrs\" }}");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!RolesByName.TryGetValue(property.Name, out var role))
            {
                throw new ThemeException(
                    $"{source}: styles.{property.Name}: unknown style (known: {string.Join(", ", RolesByName.Keys)})");
            }

            styles[role] = StylePatch.Parse(property.Value, $"{source}: styles.{property.Name}");
        }
    }

    private static string String(JsonProperty property, string source, string path) =>
        property.Value.ValueKind == JsonValueKind.String
            ? property.Value.GetString()!
            : throw new ThemeException($"{source}: {path}: expected a string");

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

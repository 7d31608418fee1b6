using System.Collections.Concurrent;
using GntTui.Views.Terminal;

namespace GntTui.Views.Themes;

/// <summary>
/// Loads themes: the four built-ins are embedded in this assembly (so the app works from any
/// directory), user files are layered on a base (a built-in, by default the one of the same name),
/// and NO_COLOR forces the mono theme. Every error says which file, where, and what is accepted.
/// </summary>
public static class ThemeLoader
{
    public const string DefaultName = "default";
    public const string MonoName = "mono";

    private const string ResourcePrefix = "GntTui.Views.Themes.";
    private static readonly ConcurrentDictionary<string, Theme> BuiltIns = new(StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<string> BuiltInNames { get; } = ["default", "light", "high-contrast", "mono"];

    /// <summary>True when NO_COLOR is set to anything but the empty string (no-color.org).</summary>
    public static bool IsNoColor(Func<string, string?>? getEnvironment = null) =>
        !string.IsNullOrEmpty((getEnvironment ?? Environment.GetEnvironmentVariable)("NO_COLOR"));

    public static Theme LoadBuiltIn(string name) => BuiltIns.GetOrAdd(name, static n =>
    {
        if (!BuiltInNames.Contains(n, StringComparer.OrdinalIgnoreCase))
        {
            throw new ThemeException($"unknown built-in theme '{n}' (built-in themes: {string.Join(", ", BuiltInNames)})");
        }

        var json = ReadResource(n.ToLowerInvariant());
        return Parse(json, $"built-in theme '{n}'", baseTheme: null, requireComplete: true, defaultName: n);
    });

    /// <summary>
    /// Picks the theme to use: NO_COLOR wins; then a path to a JSON file; then
    /// <c>{userThemeDirectory}/{name}.json</c>; then a built-in.
    /// </summary>
    public static Theme Resolve(string? nameOrPath, string? userThemeDirectory = null, Func<string, string?>? getEnvironment = null)
    {
        if (IsNoColor(getEnvironment))
        {
            return LoadBuiltIn(MonoName);
        }

        var name = string.IsNullOrWhiteSpace(nameOrPath) ? DefaultName : nameOrPath.Trim();
        if (name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal)
            || name.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return LoadFile(name);
        }

        if (userThemeDirectory is not null)
        {
            var path = Path.Combine(userThemeDirectory, name + ".json");
            if (File.Exists(path))
            {
                return LoadFile(path);
            }
        }

        if (BuiltInNames.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            return LoadBuiltIn(name);
        }

        var where = userThemeDirectory is null ? "" : $", or put {name}.json in {userThemeDirectory}";
        throw new ThemeException($"unknown theme '{name}' (built-in themes: {string.Join(", ", BuiltInNames)}{where})");
    }

    /// <summary>Loads a user theme file, layered on its "base" (or the built-in of the same name, or default).</summary>
    public static Theme LoadFile(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ThemeException($"{path}: cannot read theme file: {ex.Message}", ex);
        }

        var fileName = Path.GetFileNameWithoutExtension(path);
        var fallbackBase = BuiltInNames.Contains(fileName, StringComparer.OrdinalIgnoreCase) ? fileName : DefaultName;
        return Parse(json, path, LoadBuiltIn(fallbackBase), requireComplete: false, defaultName: fileName);
    }

    /// <summary>
    /// Parses theme JSON. With a <paramref name="baseTheme"/> (or a "base" in the JSON) the file may
    /// define only some roles, and a style may set only some of fg, bg and attrs.
    /// </summary>
    public static Theme Parse(string json, string source = "theme", Theme? baseTheme = null) =>
        Parse(json, source, baseTheme, requireComplete: baseTheme is null, defaultName: null);

    private static Theme Parse(string json, string source, Theme? baseTheme, bool requireComplete, string? defaultName)
    {
        var layer = ThemeLayer.Parse(json, source);
        if (layer.Base is not null)
        {
            if (!BuiltInNames.Contains(layer.Base, StringComparer.OrdinalIgnoreCase))
            {
                throw new ThemeException(
                    $"{source}: base: unknown theme '{layer.Base}' (built-in themes: {string.Join(", ", BuiltInNames)})");
            }

            baseTheme = LoadBuiltIn(layer.Base);
            requireComplete = false;
        }

        if (requireComplete || baseTheme is null)
        {
            var missing = Enum.GetValues<StyleRole>().Where(r => !layer.Styles.ContainsKey(r)).ToList();
            if (missing.Count > 0)
            {
                throw new ThemeException(
                    $"{source}: styles: missing {string.Join(", ", missing.Select(ThemeLayer.JsonName))} (a theme without \"base\" must define every style)");
            }
        }

        var styles = new Dictionary<StyleRole, CellStyle>();
        foreach (var role in Enum.GetValues<StyleRole>())
        {
            var inherited = baseTheme?[role] ?? CellStyle.Default;
            styles[role] = layer.Styles.TryGetValue(role, out var patch) ? patch.ApplyTo(inherited) : inherited;
        }

        var name = layer.Name ?? defaultName ?? baseTheme?.Name ?? source;
        return new Theme(name, styles, layer.Mono ?? baseTheme?.IsMono ?? false);
    }

    private static string ReadResource(string name)
    {
        var assembly = typeof(ThemeLoader).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name + ".json")
            ?? throw new ThemeException($"built-in theme '{name}' is missing from {assembly.GetName().Name} (build problem)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

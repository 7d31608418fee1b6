using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Tests.Themes;

public sealed class ThemeLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-themes").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("default")]
    [InlineData("light")]
    [InlineData("high-contrast")]
    [InlineData("mono")]
    public void Every_built_in_theme_is_complete_and_valid(string name)
    {
        var theme = ThemeLoader.LoadBuiltIn(name);
        Assert.Equal(name, theme.Name);
        Assert.All(Enum.GetValues<StyleRole>(), role => Assert.True(theme.Styles.ContainsKey(role), $"{name} lacks {role}"));
    }

    [Fact]
    public void Built_in_themes_are_embedded_not_read_from_disk()
    {
        var resources = typeof(ThemeLoader).Assembly.GetManifestResourceNames();
        Assert.All(ThemeLoader.BuiltInNames, n => Assert.Contains($"GntTui.Views.Themes.{n}.json", resources));
    }

    [Fact]
    public void The_repository_theme_files_are_the_embedded_ones()
    {
        // Guards the build wiring: themes/*.json is the source of the embedded copies.
        var repoThemes = Path.Combine(RepoRoot(), "themes");
        foreach (var name in ThemeLoader.BuiltInNames)
        {
            var fromFile = ThemeLoader.Parse(File.ReadAllText(Path.Combine(repoThemes, name + ".json")), name);
            Assert.Equal(ThemeLoader.LoadBuiltIn(name).Styles, fromFile.Styles);
        }
    }

    [Fact]
    public void Mono_has_no_colours_at_all_and_selection_still_shows()
    {
        var mono = ThemeLoader.LoadBuiltIn("mono");
        Assert.True(mono.IsMono);
        Assert.All(mono.Styles.Values, s => Assert.True(s.Foreground.IsDefault && s.Background.IsDefault));
        Assert.NotEqual(mono.Normal, mono.SelectedRow);
        Assert.NotEqual(mono.Normal, mono.Danger);
    }

    [Fact]
    public void No_color_forces_mono_whatever_was_asked_for()
    {
        var theme = ThemeLoader.Resolve("light", getEnvironment: v => v == "NO_COLOR" ? "1" : null);
        Assert.Equal("mono", theme.Name);
        Assert.Equal("light", ThemeLoader.Resolve("light", getEnvironment: v => v == "NO_COLOR" ? "" : null).Name);
    }

    [Fact]
    public void A_user_file_layers_over_its_base_field_by_field()
    {
        File.WriteAllText(Path.Combine(_dir, "mine.json"), """
            {
              // comments and trailing commas are forgiven in hand-written files
              "base": "light",
              "styles": {
                "header": { "bg": "#112233" },
                "error":  { "attrs": ["bold", "underline"] },
              },
            }
            """);
        var light = ThemeLoader.LoadBuiltIn("light");
        var theme = ThemeLoader.Resolve("mine", _dir, _ => null);

        Assert.Equal("mine", theme.Name);
        Assert.Equal(Color.Rgb(0x11, 0x22, 0x33), theme.Header.Background);
        Assert.Equal(light.Header.Foreground, theme.Header.Foreground);
        Assert.Equal(CellAttributes.Bold | CellAttributes.Underline, theme.Error.Attributes);
        Assert.Equal(light.Running, theme.Running);
    }

    [Fact]
    public void A_user_file_named_like_a_built_in_tweaks_that_built_in()
    {
        File.WriteAllText(Path.Combine(_dir, "default.json"), """{ "styles": { "running": { "fg": "brightGreen" } } }""");
        var theme = ThemeLoader.Resolve(null, _dir, _ => null);
        Assert.Equal(Color.BrightGreen, theme.Running.Foreground);
        Assert.Equal(ThemeLoader.LoadBuiltIn("default").Header, theme.Header);
    }

    [Theory]
    [InlineData("""{ "styles": { "header": { "fg": "bleu" } } }""", "styles.header.fg: unknown colour 'bleu'")]
    [InlineData("""{ "styles": { "hedaer": { "fg": "red" } } }""", "styles.hedaer: unknown style (known: normal, header")]
    [InlineData("""{ "styles": { "header": { "colour": "red" } } }""", "styles.header: unknown key 'colour' (expected fg, bg, attrs)")]
    [InlineData("""{ "styles": { "header": { "attrs": ["blink"] } } }""", "styles.header.attrs: unknown attribute 'blink'")]
    [InlineData("""{ "styles": { "header": { "fg": 300 } } }""", "styles.header.fg: palette index 300 is outside 0-255")]
    [InlineData("""{ "base": "solarized" }""", "base: unknown theme 'solarized'")]
    [InlineData("""{ "colours": {} }""", "unknown setting 'colours'")]
    [InlineData("""{ "styles": { "header": { "fg": "red" }""", "invalid JSON at line 1")]
    [InlineData("[]", "expected a JSON object")]
    public void Bad_theme_files_get_errors_that_say_where_and_what(string json, string expected)
    {
        var path = Path.Combine(_dir, "broken.json");
        File.WriteAllText(path, json);
        var ex = Assert.Throws<ThemeException>(() => ThemeLoader.LoadFile(path));
        Assert.StartsWith(path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_without_base_must_define_every_style()
    {
        var ex = Assert.Throws<ThemeException>(() => ThemeLoader.Parse("""{ "styles": { "normal": {} } }""", "t.json"));
        Assert.Contains("missing header, headerTitle", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_theme_names_list_what_exists()
    {
        var ex = Assert.Throws<ThemeException>(() => ThemeLoader.Resolve("solarized", _dir, _ => null));
        Assert.Contains("built-in themes: default, light, high-contrast, mono", ex.Message, StringComparison.Ordinal);
        Assert.Contains(_dir, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_theme_file_is_a_theme_error()
    {
        var ex = Assert.Throws<ThemeException>(() => ThemeLoader.Resolve(Path.Combine(_dir, "nope.json")));
        Assert.Contains("cannot read theme file", ex.Message, StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "GntTui.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}

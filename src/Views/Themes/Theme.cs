using GntTui.Views.Terminal;

namespace GntTui.Views.Themes;

/// <summary>
/// A complete set of named styles. Loaded from JSON by <see cref="ThemeLoader"/>; a theme that
/// passed loading defines every <see cref="StyleRole"/>.
/// </summary>
/// <param name="Name">Shown in help and errors.</param>
/// <param name="Styles">One style per role.</param>
/// <param name="IsMono">No colours: widgets switch to glyphs that read without colour (ASCII bars).</param>
public sealed record Theme(string Name, IReadOnlyDictionary<StyleRole, CellStyle> Styles, bool IsMono = false)
{
    public CellStyle this[StyleRole role] =>
        Styles.TryGetValue(role, out var style) ? style : Styles.GetValueOrDefault(StyleRole.Normal);

    public CellStyle Normal => this[StyleRole.Normal];
    public CellStyle Header => this[StyleRole.Header];
    public CellStyle Footer => this[StyleRole.Footer];
    public CellStyle TableHeader => this[StyleRole.TableHeader];
    public CellStyle SelectedRow => this[StyleRole.SelectedRow];
    public CellStyle Running => this[StyleRole.Running];
    public CellStyle Down => this[StyleRole.Down];
    public CellStyle Error => this[StyleRole.Error];
    public CellStyle Warning => this[StyleRole.Warning];
    public CellStyle Offline => this[StyleRole.Offline];
    public CellStyle Muted => this[StyleRole.Muted];
    public CellStyle ProgressFill => this[StyleRole.ProgressFill];
    public CellStyle ProgressEmpty => this[StyleRole.ProgressEmpty];
    public CellStyle Dialog => this[StyleRole.Dialog];
    public CellStyle Danger => this[StyleRole.Danger];
    public CellStyle BadgeDemo => this[StyleRole.BadgeDemo];
    public CellStyle BadgeReadOnly => this[StyleRole.BadgeReadOnly];

    /// <summary>The default dark theme, embedded in the assembly.</summary>
    public static Theme Default => ThemeLoader.LoadBuiltIn("default");
}

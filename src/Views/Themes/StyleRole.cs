namespace GntTui.Views.Themes;

/// <summary>
/// The named styles a theme defines. Widgets and screens ask for a role, never a colour, so every
/// theme (and NO_COLOR) applies everywhere. In theme JSON a role is its camelCase name.
/// </summary>
public enum StyleRole
{
    Normal,
    Header,
    HeaderTitle,
    Footer,
    FooterKey,
    TableHeader,
    SelectedRow,
    MarkedRow,
    Running,
    Down,
    Error,
    Warning,
    Offline,
    Muted,
    Accent,
    ProgressFill,
    ProgressEmpty,
    Sparkline,
    Dialog,
    DialogBorder,
    DialogTitle,
    Button,
    ButtonSelected,
    Input,
    InputCursor,
    Danger,
    BadgeDemo,
    BadgeReadOnly,
    ToastInfo,
    ToastWarning,
    ToastError,
    HelpKey,
    Border,
}

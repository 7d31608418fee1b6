namespace GntTui.Views.Screens.Common;

/// <summary>The headings bindings are grouped under in help (and ordered by in the footer).</summary>
internal static class KeyGroups
{
    public const string General = "General";
    public const string Views = "Views";
    public const string Rows = "Rows";
    public const string Navigation = "Navigation";
    public const string Operations = "Operations";
}

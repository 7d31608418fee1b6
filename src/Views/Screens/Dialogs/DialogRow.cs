using GntTui.Views.Themes;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>One row of an operation dialog as laid out: text and role, or a control to draw there.</summary>
internal sealed record DialogRow(string Text, StyleRole Role, DialogRowKind Kind = DialogRowKind.Text, int Field = -1)
{
    public static DialogRow Blank { get; } = new("", StyleRole.Dialog);
}

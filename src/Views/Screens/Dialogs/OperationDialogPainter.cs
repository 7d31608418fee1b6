using GntTui.Engine.Operations;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>Drawing: a box over the screen, in the danger style, wide enough for the command on one line where it can be.</summary>
internal static class OperationDialogPainter
{
    private const int MinWidth = 50;
    private const int ComfortableWidth = 80;

    public static void Render(OperationDialog d, Screen screen, Rect area, Theme theme)
    {
        // The command on one line when the terminal allows: a wrapped command is harder to check.
        var command = (d.IsGroup ? d.Ready : d.Operations).Select(op => TextWidth.Measure(OperationRunner.CommandLine(op))).DefaultIfEmpty(0).Max();
        var wanted = Math.Max(ComfortableWidth, command + 6);
        var width = Math.Min(area.Width, Math.Max(Math.Min(MinWidth, area.Width), Math.Min(wanted, area.Width - 2)));
        var inner = Math.Max(10, width - 4);
        var rows = OperationDialogLayout.Rows(d, inner, Math.Max(3, area.Height - 4));
        var height = Math.Min(area.Height, rows.Count + 4);
        var fill = theme.Dialog;
        var box = area.Center(width, height);
        var content = Box.Draw(screen, box, theme.Danger, fill, d.Request.Title, theme.Danger).Inset(1, 0);
        for (var i = 0; i < rows.Count && i + 1 < content.Height; i++)
        {
            var y = content.Y + 1 + i;
            var row = rows[i];
            switch (row.Kind)
            {
                case DialogRowKind.Field:
                    RenderField(d, screen, content.X, y, content.Width, row.Field, theme);
                    break;
                case DialogRowKind.Reason:
                    screen.Write(content.X, y, row.Text, Focused(theme, d.Focus == DialogFocus.Reason), content.Width);
                    d.Reason.Render(screen, content.X + OperationDialogLayout.LabelWidth, y, content.Width - OperationDialogLayout.LabelWidth, theme[StyleRole.Input], theme[StyleRole.InputCursor], d.Focus == DialogFocus.Reason);
                    break;
                case DialogRowKind.Typed:
                    d.Typed.Render(screen, content.X, y, content.Width, theme[StyleRole.Input], theme[StyleRole.InputCursor], d.Focus == DialogFocus.Typed);
                    break;
                case DialogRowKind.Buttons:
                    RenderButtons(d, screen, new Rect(content.X, y, content.Width, 1), theme);
                    break;
                default:
                    screen.Write(content.X, y, row.Text, row.Role == StyleRole.Dialog ? fill : theme[row.Role].WithBackground(fill.Background), content.Width);
                    break;
            }
        }
    }

    private static void RenderField(OperationDialog d, Screen screen, int x, int y, int width, int index, Theme theme)
    {
        var field = d.Request.Fields[index];
        var focused = d.Focus == DialogFocus.Field && d.FieldIndex == index;
        var used = screen.Write(x, y, OperationDialogLayout.Label(field.Label), Focused(theme, focused), width);
        var value = field.Options.Count > 1 ? $"◀ {field.Text} ▶" : field.Text;
        var style = focused ? theme[StyleRole.ButtonSelected] : theme[StyleRole.Input];
        screen.Write(x + used, y, value, style, width - used);
    }

    private static void RenderButtons(OperationDialog d, Screen screen, Rect line, Theme theme)
    {
        var labels = new[] { $"[ {d.Request.ConfirmLabel} ]", $"[ {d.Request.DismissLabel} ]" };
        var total = labels.Sum(l => TextWidth.Measure(l)) + 2;
        var x = line.X + Math.Max(0, (line.Width - total) / 2);
        for (var i = 0; i < labels.Length; i++)
        {
            var selected = d.Focus == DialogFocus.Buttons && i == d.SelectedButton;
            var style = selected && i == 0 ? theme.Danger
                : selected ? theme[StyleRole.ButtonSelected]
                : theme[StyleRole.Button];
            x += screen.Write(x, line.Y, labels[i], style, line.Right - x) + 2;
        }
    }

    private static CellStyle Focused(Theme theme, bool focused) =>
        focused ? theme[StyleRole.DialogTitle].WithBackground(theme.Dialog.Background) : theme.Dialog;
}

using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// A modal dialog: confirm with buttons, typed confirmation, or text input. It owns its keys while
/// open (Tab and arrows between buttons, text editing, Enter, Esc) and reports
/// <see cref="PromptStatus"/>; the caller reads <see cref="Accepted"/>, <see cref="SelectedButton"/>
/// or <see cref="Text"/>. A dangerous dialog is drawn in the danger style and starts on Cancel.
/// </summary>
public sealed class Dialog
{
    private const int MinWidth = 36;
    private const int MaxWidth = 100;
    private readonly Func<string, string?>? _validate;

    private Dialog(DialogKind kind, string title, string message, IReadOnlyList<string> buttons, int selected,
        bool dangerous, string? detail, string? requiredText, string initialText, Func<string, string?>? validate)
    {
        Kind = kind;
        Title = title;
        Message = message;
        Buttons = buttons;
        SelectedButton = Math.Clamp(selected, 0, Math.Max(0, buttons.Count - 1));
        IsDangerous = dangerous;
        Detail = detail;
        RequiredText = requiredText;
        Input = new TextField(initialText);
        _validate = validate;
    }

    public DialogKind Kind { get; }

    public string Title { get; }

    public string Message { get; }

    /// <summary>Shown apart from the message, verbatim: the exact command about to run.</summary>
    public string? Detail { get; }

    public IReadOnlyList<string> Buttons { get; }

    public int SelectedButton { get; private set; }

    public bool IsDangerous { get; }

    /// <summary>For <see cref="DialogKind.TypedConfirm"/>: what must be typed, exactly (case-sensitive).</summary>
    public string? RequiredText { get; }

    public TextField Input { get; }

    public string Text => Input.Text;

    public string? Error { get; private set; }

    /// <summary>A checkbox under the message (e.g. "pause the watcher"), or null; space toggles it in a confirmation, Tab in a typed one.</summary>
    public string? Toggle { get; private set; }

    public bool Toggled { get; private set; }

    public PromptStatus Status { get; private set; }

    /// <summary>Submitted with the first button (confirm) or with valid text.</summary>
    public bool Accepted => Status == PromptStatus.Submitted && (Kind != DialogKind.Confirm || SelectedButton == 0);

    public bool TypedTextMatches => RequiredText is not null && string.Equals(Input.Text, RequiredText, StringComparison.Ordinal);

    /// <summary>A confirmation. Button 0 is the accepting one; a dangerous dialog starts on the last (Cancel).</summary>
    public static Dialog Confirm(string title, string message, IReadOnlyList<string>? buttons = null,
        bool dangerous = false, string? detail = null, int? defaultButton = null)
    {
        buttons ??= ["OK", "Cancel"];
        return new Dialog(DialogKind.Confirm, title, message, buttons, defaultButton ?? (dangerous ? buttons.Count - 1 : 0),
            dangerous, detail, null, "", null);
    }

    public static Dialog TypedConfirm(string title, string message, string requiredText, bool dangerous = true, string? detail = null) =>
        new(DialogKind.TypedConfirm, title, message, ["Confirm", "Cancel"], 0, dangerous, detail, requiredText, "", null);

    /// <param name="validate">Returns an error message for unacceptable text, or null.</param>
    public static Dialog TextInput(string title, string message, string initialText = "", Func<string, string?>? validate = null) =>
        new(DialogKind.TextInput, title, message, ["OK", "Cancel"], 0, false, null, null, initialText, validate);

    /// <summary>Adds the checkbox <paramref name="label"/>, ticked when <paramref name="on"/>; returns this dialog.</summary>
    public Dialog WithToggle(string label, bool on)
    {
        Toggle = label;
        Toggled = on;
        return this;
    }

    private Key ToggleKey => Kind == DialogKind.Confirm ? Key.Char : Key.Tab;

    public PromptStatus HandleKey(KeyEvent key)
    {
        if (Status != PromptStatus.Pending)
        {
            return Status;
        }

        if (Toggle is not null && key.Key == ToggleKey && (key.Key == Key.Tab || (key.IsText && key.Rune.Value == ' ')))
        {
            Toggled = !Toggled;
            return Status;
        }

        switch (key.Key)
        {
            case Key.Escape:
                return Cancel();
            case Key.Enter:
                return Submit();
            case Key.Tab when Kind == DialogKind.Confirm:
                MoveButton(key.Shift ? -1 : 1);
                return Status;
            case Key.Left or Key.Up when Kind == DialogKind.Confirm:
                MoveButton(-1);
                return Status;
            case Key.Right or Key.Down when Kind == DialogKind.Confirm:
                MoveButton(1);
                return Status;
            case Key.Char when key.Ctrl && key.Rune.Value == 'c':
                return Cancel();
        }

        if (Kind != DialogKind.Confirm && Input.HandleKey(key))
        {
            Error = null;
        }

        return Status;
    }

    public void MoveButton(int delta)
    {
        if (Buttons.Count > 0)
        {
            SelectedButton = (((SelectedButton + delta) % Buttons.Count) + Buttons.Count) % Buttons.Count;
        }
    }

    public PromptStatus Submit()
    {
        switch (Kind)
        {
            case DialogKind.TypedConfirm when !TypedTextMatches:
                Error = Input.Text.Length == 0
                    ? $"Type {RequiredText} to confirm, or Esc to cancel"
                    : $"Does not match: type {RequiredText} exactly";
                return Status;
            case DialogKind.TextInput when _validate?.Invoke(Input.Text) is { } error:
                Error = error;
                return Status;
        }

        Status = PromptStatus.Submitted;
        return Status;
    }

    public PromptStatus Cancel()
    {
        Status = PromptStatus.Cancelled;
        return Status;
    }

    public void Render(Screen screen, Rect area, Theme theme)
    {
        // Wide enough for the command on one line where possible: a wrapped command is harder to check.
        var wanted = Math.Max(Math.Max(TextWidth.Measure(Message), Detail is null ? 0 : TextWidth.Measure(Detail) + 2), Toggle is null ? 0 : TextWidth.Measure(Toggle) + 18) + 4;
        var width = Math.Clamp(wanted, MinWidth, MaxWidth);
        width = Math.Min(width, area.Width);
        var inner = Math.Max(1, width - 4);
        var lines = new List<(string Text, CellStyle Style)>();
        var fill = theme.Dialog;
        foreach (var line in TextWrap.Wrap(Message, inner))
        {
            lines.Add((line, fill));
        }

        if (Detail is not null)
        {
            lines.Add(("", fill));
            foreach (var line in TextWrap.Wrap(Detail, inner - 2))
            {
                lines.Add(("  " + line, theme[StyleRole.Accent].WithBackground(fill.Background)));
            }
        }

        if (Toggle is not null)
        {
            lines.Add(("", fill));
            foreach (var line in TextWrap.Wrap($"[{(Toggled ? "x" : " ")}] {Toggle}  ({(Kind == DialogKind.Confirm ? "space" : "Tab")} toggles)", inner))
            {
                lines.Add((line, theme[StyleRole.Accent].WithBackground(fill.Background)));
            }
        }

        var inputRow = -1;
        if (Kind != DialogKind.Confirm)
        {
            if (Kind == DialogKind.TypedConfirm)
            {
                lines.Add(("", fill));
                lines.Add(($"Type {RequiredText} to confirm:", fill));
            }

            lines.Add(("", fill));
            inputRow = lines.Count;
            lines.Add(("", fill));
        }

        if ((Error ?? Input.TruncatedNote) is { } message)
        {
            foreach (var line in TextWrap.Wrap(message, inner))
            {
                lines.Add((line, theme.Error.WithBackground(fill.Background)));
            }
        }

        var height = Math.Min(area.Height, lines.Count + 5);
        var box = area.Center(width, height);
        var border = IsDangerous ? theme.Danger : theme[StyleRole.DialogBorder];
        var titleStyle = IsDangerous ? theme.Danger : theme[StyleRole.DialogTitle];
        var content = Box.Draw(screen, box, border, fill, Title, titleStyle).Inset(1, 0);
        for (var i = 0; i < lines.Count && i + 1 < content.Height - 1; i++)
        {
            var y = content.Y + 1 + i;
            if (i == inputRow)
            {
                Input.Render(screen, content.X, y, content.Width, theme[StyleRole.Input], theme[StyleRole.InputCursor]);
                continue;
            }

            screen.Write(content.X, y, lines[i].Text, lines[i].Style, content.Width);
        }

        RenderButtons(screen, new Rect(content.X, content.Bottom - 1, content.Width, 1), theme);
    }

    private void RenderButtons(Screen screen, Rect line, Theme theme)
    {
        if (line.IsEmpty)
        {
            return;
        }

        if (Kind == DialogKind.TextInput)
        {
            WriteHint(screen, line, "Enter OK   Esc cancel", theme);
            return;
        }

        if (Kind == DialogKind.TypedConfirm)
        {
            WriteHint(screen, line, TypedTextMatches ? "Enter confirm   Esc cancel" : "Esc cancel", theme);
            return;
        }

        var labels = Buttons.Select(b => $"[ {b} ]").ToList();
        var total = labels.Sum(l => TextWidth.Measure(l)) + (2 * (labels.Count - 1));
        var x = line.X + Math.Max(0, (line.Width - total) / 2);
        for (var i = 0; i < labels.Count; i++)
        {
            var selected = i == SelectedButton;
            var style = selected && IsDangerous && i == 0 ? theme.Danger
                : selected ? theme[StyleRole.ButtonSelected]
                : theme[StyleRole.Button];
            x += screen.Write(x, line.Y, labels[i], style, line.Right - x) + 2;
        }
    }

    private static void WriteHint(Screen screen, Rect line, string hint, Theme theme)
    {
        var x = line.X + Math.Max(0, (line.Width - TextWidth.Measure(hint)) / 2);
        screen.Write(x, line.Y, hint, theme.Muted.WithBackground(theme.Dialog.Background), line.Right - x);
    }
}

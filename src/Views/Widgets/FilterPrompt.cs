using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// The <c>/</c> prompt. The filter applies live as you type; while the pattern is invalid the last
/// valid filter stays in force and the error is shown beside the input. Enter keeps a valid filter
/// (an invalid one is refused, its error shown), Esc puts back the one in force when the prompt
/// opened, an empty Enter clears it.
/// </summary>
public sealed class FilterPrompt
{
    private RowFilter _original = RowFilter.None;

    /// <summary>Bounded: no real pattern is this long; a paste that is gets cut, and says so.</summary>
    public TextField Input { get; } = new() { MaxLength = 1024 };

    /// <summary>The filter in force: the last valid one typed.</summary>
    public RowFilter Filter { get; private set; } = RowFilter.None;

    public string? Error { get; private set; }

    public PromptStatus Status { get; private set; }

    public void Open(RowFilter current)
    {
        _original = current;
        Filter = current;
        Input.Text = current.Text;
        Error = null;
        Status = PromptStatus.Pending;
    }

    /// <summary>Returns the status; the caller re-filters when <see cref="Filter"/> changed.</summary>
    public PromptStatus HandleKey(KeyEvent key)
    {
        if (Status != PromptStatus.Pending)
        {
            return Status;
        }

        switch (key.Key)
        {
            case Key.Escape:
                Filter = _original;
                Error = null;
                Status = PromptStatus.Cancelled;
                return Status;
            case Key.Enter:
                // An invalid pattern is never quietly replaced by its last valid prefix: the error stays up until fixed or Esc.
                if (Error is null)
                {
                    Status = PromptStatus.Submitted;
                }

                return Status;
        }

        if (Input.HandleKey(key))
        {
            SetText(Input.Text);
        }

        return Status;
    }

    /// <summary>Applies filter text as if typed: valid text replaces the filter, invalid text sets <see cref="Error"/>.</summary>
    public void SetText(string text)
    {
        if (Input.Text != text)
        {
            Input.Text = text;
        }

        if (RowFilter.TryCreate(text, out var filter, out var error))
        {
            Filter = filter;
            Error = null;
        }
        else
        {
            Error = error;
        }
    }

    public void Render(Screen screen, Rect line, Theme theme)
    {
        if (line.IsEmpty)
        {
            return;
        }

        var input = theme[StyleRole.Input];
        screen.Fill(line, input);
        screen.Write(line.X, line.Y, "/", input.With(CellAttributes.Bold));
        // The error (or the note that a paste was cut) gets whatever the typed text does not need,
        // and at least half the line: it says what to fix.
        var message = Error ?? Input.TruncatedNote;
        var inputNeeds = Math.Clamp(TextWidth.Measure(Input.Text) + 2, 12, Math.Max(12, line.Width / 2));
        var errorWidth = message is null ? 0 : Math.Clamp(TextWidth.Measure(message) + 2, 0, Math.Max(0, line.Width - 1 - inputNeeds));
        Input.Render(screen, line.X + 1, line.Y, line.Width - 1 - errorWidth, input, theme[StyleRole.InputCursor]);
        if (message is not null)
        {
            screen.Write(line.Right - errorWidth + 1, line.Y, TextWidth.Truncate(message, errorWidth - 1),
                theme.Error.WithBackground(input.Background));
        }
    }
}

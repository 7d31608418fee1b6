using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// The <c>:</c> prompt. Suggestions narrow as you type (prefix matches first, then substring, over
/// names and aliases); Tab completes, Up/Down choose, Enter runs an exact name or alias, a unique
/// prefix, or the chosen suggestion. Anything after the first word is kept as arguments.
/// </summary>
public sealed class CommandPalette
{
    private const int MaxSuggestions = 8;
    private readonly IReadOnlyList<PaletteEntry> _entries;
    private bool _chose;

    public CommandPalette(IEnumerable<PaletteEntry> entries)
    {
        _entries = [.. entries];
        Suggestions = _entries;
    }

    /// <summary>Bounded: no real command line is this long; a paste that is gets cut, and says so.</summary>
    public TextField Input { get; } = new() { MaxLength = 1024 };

    public IReadOnlyList<PaletteEntry> Suggestions { get; private set; }

    public int SelectedSuggestion { get; private set; }

    public PromptStatus Status { get; private set; }

    /// <summary>The chosen command's canonical name, once submitted.</summary>
    public string? Command { get; private set; }

    /// <summary>What followed the command word (":theme light" gives "light").</summary>
    public string Arguments { get; private set; } = "";

    public string? Error { get; private set; }

    /// <summary>Starts a fresh prompt.</summary>
    public void Open(string text = "")
    {
        Input.Text = text;
        Status = PromptStatus.Pending;
        Command = null;
        Arguments = "";
        Error = null;
        Update();
    }

    public PromptStatus HandleKey(KeyEvent key)
    {
        if (Status != PromptStatus.Pending)
        {
            return Status;
        }

        switch (key.Key)
        {
            case Key.Escape:
                Status = PromptStatus.Cancelled;
                return Status;
            case Key.Enter:
                return Submit();
            case Key.Tab when !key.Shift:
                Complete();
                return Status;
            case Key.Down or Key.Tab:
                Choose(key.Key == Key.Tab ? -1 : 1);
                return Status;
            case Key.Up:
                Choose(-1);
                return Status;
            case Key.Backspace when Input.Text.Length == 0:
                Status = PromptStatus.Cancelled;
                return Status;
        }

        if (Input.HandleKey(key))
        {
            Error = null;
            Update();
        }

        return Status;
    }

    /// <summary>Replaces the command word with the chosen (or only) suggestion's name.</summary>
    public void Complete()
    {
        if (Suggestions.Count == 0)
        {
            return;
        }

        var (_, args) = SplitInput();
        Input.Text = Suggestions[SelectedSuggestion].Name + " " + args;
        _chose = true;
        Update();
    }

    public PromptStatus Submit()
    {
        var (word, args) = SplitInput();
        if (word.Length == 0)
        {
            Status = PromptStatus.Cancelled;
            return Status;
        }

        var entry = _entries.FirstOrDefault(e => e.Answers(word));
        if (entry is null && _chose && Suggestions.Count > 0)
        {
            entry = Suggestions[SelectedSuggestion];
        }

        if (entry is null)
        {
            var prefixed = _entries.Where(e => StartsWith(e, word)).ToList();
            if (prefixed.Count == 1)
            {
                entry = prefixed[0];
            }
            else
            {
                Error = prefixed.Count > 1
                    ? $"ambiguous: {string.Join(", ", prefixed.Select(e => e.Name))}"
                    : $"unknown command '{word}'";
                return Status;
            }
        }

        Command = entry.Name;
        Arguments = args;
        Status = PromptStatus.Submitted;
        return Status;
    }

    /// <summary>Draws the prompt on the first row of <paramref name="area"/> and suggestions below it.</summary>
    public void Render(Screen screen, Rect area, Theme theme)
    {
        if (area.IsEmpty)
        {
            return;
        }

        var prompt = area.TakeTop(1);
        var input = theme[StyleRole.Input];
        screen.Fill(prompt, input);
        screen.Write(prompt.X, prompt.Y, ":", input.With(CellAttributes.Bold));
        // The error (or the note that a paste was cut) gets whatever the typed text does not need,
        // and at least half the line: it says what to fix.
        var message = Error ?? Input.TruncatedNote;
        var inputNeeds = Math.Clamp(TextWidth.Measure(Input.Text) + 2, 12, Math.Max(12, prompt.Width / 2));
        var errorWidth = message is null ? 0 : Math.Clamp(TextWidth.Measure(message) + 2, 0, Math.Max(0, prompt.Width - 1 - inputNeeds));
        Input.Render(screen, prompt.X + 1, prompt.Y, prompt.Width - 1 - errorWidth, input, theme[StyleRole.InputCursor]);
        if (message is not null)
        {
            screen.Write(prompt.Right - errorWidth + 1, prompt.Y, TextWidth.Truncate(message, errorWidth - 1), theme.Error.WithBackground(input.Background));
        }

        var list = area.SkipTop(1);
        var nameWidth = Suggestions.Select(e => TextWidth.Measure(Label(e))).DefaultIfEmpty(0).Max();
        // More commands than rows: the list scrolls so the chosen one stays in sight.
        var first = _chose ? Math.Max(0, SelectedSuggestion - list.Height + 1) : 0;
        for (var i = first; i < Suggestions.Count && i - first < list.Height; i++)
        {
            var entry = Suggestions[i];
            var style = i == SelectedSuggestion && _chose ? theme.SelectedRow : theme.Dialog;
            var row = new Rect(list.X, list.Y + i - first, list.Width, 1);
            screen.Fill(row, style);
            screen.Write(row.X + 1, row.Y, TextWidth.Fit(Label(entry), nameWidth), style, row.Width - 1);
            var x = row.X + nameWidth + 3;
            screen.Write(x, row.Y, entry.Description, style == theme.Dialog ? theme.Muted.WithBackground(style.Background) : style, row.Right - x);
        }
    }

    private static string Label(PaletteEntry entry) =>
        entry.Aliases.Count == 0 ? entry.Name : $"{entry.Name} ({string.Join(", ", entry.Aliases)})";

    private static bool StartsWith(PaletteEntry entry, string word) =>
        entry.Name.StartsWith(word, StringComparison.OrdinalIgnoreCase)
        || entry.Aliases.Any(a => a.StartsWith(word, StringComparison.OrdinalIgnoreCase));

    private (string Word, string Args) SplitInput()
    {
        var text = Input.Text.TrimStart();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (text, "") : (text[..space], text[(space + 1)..].Trim());
    }

    private void Choose(int delta)
    {
        if (Suggestions.Count == 0)
        {
            return;
        }

        SelectedSuggestion = _chose
            ? (((SelectedSuggestion + delta) % Suggestions.Count) + Suggestions.Count) % Suggestions.Count
            : delta > 0 ? 0 : Suggestions.Count - 1;
        _chose = true;
    }

    private void Update()
    {
        var (word, _) = SplitInput();
        _chose = false;
        SelectedSuggestion = 0;
        if (word.Length == 0)
        {
            // Nothing typed: every command, so the palette is where one finds out what there is.
            Suggestions = _entries;
            return;
        }

        var prefix = _entries.Where(e => StartsWith(e, word));
        var contains = _entries.Where(e => !StartsWith(e, word)
            && (e.Name.Contains(word, StringComparison.OrdinalIgnoreCase)
                || e.Aliases.Any(a => a.Contains(word, StringComparison.OrdinalIgnoreCase))));
        Suggestions = [.. prefix.Concat(contains).Take(MaxSuggestions)];
    }
}

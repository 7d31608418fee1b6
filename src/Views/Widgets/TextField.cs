using System.Text;
using GntTui.Views.Terminal;

namespace GntTui.Views.Widgets;

/// <summary>
/// A one-line text editor with a cursor (grapheme-aware, so emoji and accents move as one), the
/// usual readline keys (Ctrl+A/E/U/K/W, Alt+B/F), and horizontal scrolling when the text is wider
/// than the field. Bounded by <see cref="MaxLength"/>; a paste goes in as one splice, so even a
/// megabyte costs one pass over it.
/// </summary>
public sealed partial class TextField
{
    private string _text = "";
    private int _scroll;

    public TextField(string text = "")
    {
        Text = text;
    }

    /// <summary>Setting the text moves the cursor to its end.</summary>
    public string Text
    {
        get => _text;
        set
        {
            Truncated = value.Length > MaxLength;
            _text = Truncated ? value[..CutPoint(value, MaxLength)] : value;
            Cursor = _text.Length;
        }
    }

    /// <summary>Cursor position as a char index, always on a grapheme boundary.</summary>
    public int Cursor { get; private set; }

    public int MaxLength { get; init; } = 4096;

    /// <summary>
    /// True when the last text typed, pasted or set did not fit whole in <see cref="MaxLength"/>;
    /// the next edit clears it. Callers show <see cref="TruncatedNote"/> while it is set.
    /// </summary>
    public bool Truncated { get; private set; }

    /// <summary>What to tell the operator while <see cref="Truncated"/>; otherwise null.</summary>
    public string? TruncatedNote => Truncated ? $"cut to {MaxLength:N0} characters: the rest did not fit" : null;

    public event Action? Changed;

    /// <summary>Inserts text at the cursor; control characters become spaces.</summary>
    public void Insert(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        Splice(clean);
    }

    /// <summary>
    /// Inserts what the terminal pasted, as one line: each line break (CR, LF or CRLF) and tab
    /// becomes one space, line breaks at the end (a copied line's own newline) are dropped, and
    /// other control characters (ESC and the sequences it would start) are dropped.
    /// </summary>
    public void Paste(string text)
    {
        var end = text.AsSpan().TrimEnd("\r\n").Length;
        var clean = new StringBuilder(Math.Min(end, MaxLength + 1));
        for (var i = 0; i < end && clean.Length <= MaxLength; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < end && text[i + 1] == '\n')
            {
                continue;
            }

            if (c is '\r' or '\n' or '\t')
            {
                clean.Append(' ');
            }
            else if (!char.IsControl(c))
            {
                clean.Append(c);
            }
        }

        Splice(clean);
    }

    public void Backspace()
    {
        if (Cursor == 0)
        {
            return;
        }

        var start = PreviousBoundary(Cursor);
        Remove(start, Cursor);
    }

    public void Delete()
    {
        if (Cursor < _text.Length)
        {
            Remove(Cursor, NextBoundary(Cursor));
        }
    }

    public void Left() => Cursor = PreviousBoundary(Cursor);

    public void Right() => Cursor = NextBoundary(Cursor);

    public void Home() => Cursor = 0;

    public void End() => Cursor = _text.Length;

    public void WordLeft()
    {
        var i = Cursor;
        while (i > 0 && _text[i - 1] == ' ')
        {
            i--;
        }

        while (i > 0 && _text[i - 1] != ' ')
        {
            i--;
        }

        Cursor = i;
    }

    public void WordRight()
    {
        var i = Cursor;
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        while (i < _text.Length && _text[i] != ' ')
        {
            i++;
        }

        Cursor = i;
    }

    public void DeleteWordBack()
    {
        var end = Cursor;
        WordLeft();
        Remove(Cursor, end);
    }

    public void KillToEnd() => Remove(Cursor, _text.Length);

    public void KillToStart() => Remove(0, Cursor);

    public void Clear()
    {
        Truncated = false;
        if (_text.Length > 0)
        {
            _text = "";
            Cursor = 0;
            Changed?.Invoke();
        }
    }

    /// <summary>Draws the visible part of the text; the cursor is a restyled cell (the terminal cursor stays hidden).</summary>
    public void Render(Screen screen, int x, int y, int width, CellStyle style, CellStyle cursorStyle, bool showCursor = true)
    {
        if (width <= 0)
        {
            return;
        }

        screen.Fill(new Rect(x, y, width, 1), style);
        var cursorColumn = TextWidth.Measure(_text.AsSpan(0, Cursor));

        // Never scrolled further than the text needs: after a long paste is replaced by a short
        // text, the short text shows from its start.
        _scroll = Math.Min(_scroll, Math.Max(0, TextWidth.Measure(_text) + 1 - width));
        if (cursorColumn < _scroll)
        {
            _scroll = cursorColumn;
        }
        else if (cursorColumn >= _scroll + width)
        {
            _scroll = cursorColumn - width + 1;
        }

        var span = _text.AsSpan();
        var column = 0;
        var index = 0;
        while (index < span.Length && column < _scroll + width)
        {
            var length = TextWidth.NextGraphemeLength(span[index..]);
            var grapheme = span.Slice(index, length);
            var w = TextWidth.DisplayWidth(grapheme);
            if (column >= _scroll && column + w <= _scroll + width)
            {
                screen.Write(x + column - _scroll, y, grapheme, style);
            }

            column += w;
            index += length;
        }

        if (showCursor)
        {
            var cx = x + cursorColumn - _scroll;
            if (Cursor >= _text.Length)
            {
                screen.Write(cx, y, " ", cursorStyle, 1);
            }
            else
            {
                screen.SetStyle(cx, y, cursorStyle);
                if (cx + 1 < x + width && screen[cx + 1, y].IsContinuation)
                {
                    screen.SetStyle(cx + 1, y, cursorStyle);
                }
            }
        }
    }

    // Never between the halves of a surrogate pair.
    private static int CutPoint(ReadOnlySpan<char> text, int length) =>
        length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;

    private void Splice(StringBuilder clean)
    {
        var room = MaxLength - _text.Length;
        Truncated = clean.Length > Math.Max(0, room);
        if (room <= 0 || clean.Length == 0)
        {
            return;
        }

        var insert = Truncated ? clean.ToString(0, CutPoint(clean.ToString(0, room + 1), room)) : clean.ToString();
        _text = string.Concat(_text.AsSpan(0, Cursor), insert, _text.AsSpan(Cursor));
        Cursor += insert.Length;
        Changed?.Invoke();
    }

    private void Remove(int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        Truncated = false;
        _text = _text.Remove(start, end - start);
        Cursor = start;
        Changed?.Invoke();
    }

    private int NextBoundary(int index) =>
        index >= _text.Length ? _text.Length : index + TextWidth.NextGraphemeLength(_text.AsSpan(index));

    private int PreviousBoundary(int index)
    {
        var boundary = 0;
        var i = 0;
        while (i < index)
        {
            boundary = i;
            i += TextWidth.NextGraphemeLength(_text.AsSpan(i));
        }

        return boundary;
    }
}

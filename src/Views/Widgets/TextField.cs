using System.Text;
using GntTui.Views.Terminal;

namespace GntTui.Views.Widgets;

/// <summary>
/// A one-line text editor with a cursor (grapheme-aware, so emoji and accents move as one), the
/// usual readline keys (Ctrl+A/E/U/K/W, Alt+B/F), and horizontal scrolling when the text is wider
/// than the field.
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
            _text = value.Length > MaxLength ? value[..MaxLength] : value;
            Cursor = _text.Length;
        }
    }

    /// <summary>Cursor position as a char index, always on a grapheme boundary.</summary>
    public int Cursor { get; private set; }

    public int MaxLength { get; init; } = 4096;

    public event Action? Changed;

    public void Insert(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) ? ' ' : c);
        }

        var room = MaxLength - _text.Length;
        if (room <= 0 || clean.Length == 0)
        {
            return;
        }

        var insert = clean.Length > room ? clean.ToString(0, room) : clean.ToString();
        _text = _text.Insert(Cursor, insert);
        Cursor += insert.Length;
        Changed?.Invoke();
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

    private void Remove(int start, int end)
    {
        if (end <= start)
        {
            return;
        }

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

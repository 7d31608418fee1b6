using System.Globalization;
using System.Text;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Support;

/// <summary>
/// A minimal terminal that understands exactly what the renderer may send (CUP, CHA, CUF, SGR,
/// ED 2, text) and fails on anything else, so a test can check that the bytes really reproduce
/// the screen. It also refuses to rely on auto-wrap: the renderer must never write in the
/// pending-wrap state.
/// </summary>
internal sealed class AnsiEmulator
{
    private readonly Cell[] _cells;
    private int _x;
    private int _y;
    private bool _pendingWrap;
    private CellStyle _style;

    public AnsiEmulator(int width, int height)
    {
        Width = width;
        Height = height;
        _cells = new Cell[width * height];
        Array.Fill(_cells, Cell.Blank);
    }

    public int Width { get; }

    public int Height { get; }

    public Cell this[int x, int y] => _cells[(y * Width) + x];

    public void Feed(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '\r')
            {
                Move(0, _y);
                i++;
                continue;
            }

            if (text[i] == '\e')
            {
                i = Escape(text, i);
                continue;
            }

            var length = TextWidth.NextGraphemeLength(text.AsSpan(i));
            Print(text.Substring(i, length));
            i += length;
        }
    }

    /// <summary>Differences from the screen, as "x,y: expected vs actual" lines (empty when identical).</summary>
    public List<string> Diff(Screen screen)
    {
        var diffs = new List<string>();
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var expected = screen[x, y];
                var actual = this[x, y];
                if (!expected.Equals(actual))
                {
                    diffs.Add($"{x},{y}: expected '{expected.Text}' {expected.Style} w{expected.Width}, got '{actual.Text}' {actual.Style} w{actual.Width}");
                }
            }
        }

        return diffs;
    }

    private void Print(string grapheme)
    {
        if (_pendingWrap)
        {
            throw new InvalidOperationException($"text '{grapheme}' written in the pending-wrap state at row {_y}");
        }

        var width = TextWidth.DisplayWidth(grapheme);
        if (_x + width > Width)
        {
            throw new InvalidOperationException($"'{grapheme}' does not fit at {_x},{_y}");
        }

        var i = (_y * Width) + _x;
        if (_cells[i].IsContinuation && _x > 0)
        {
            _cells[i - 1] = Cell.Space(_cells[i - 1].Style);
        }

        var last = i + width - 1;
        if (_cells[last].Width == 2)
        {
            _cells[last + 1] = Cell.Space(_cells[last + 1].Style);
        }

        _cells[i] = new Cell(grapheme, _style, (byte)width);
        if (width == 2)
        {
            _cells[i + 1] = Cell.Continuation(_style);
        }

        _x += width;
        if (_x >= Width)
        {
            _x = Width - 1;
            _pendingWrap = true;
        }
    }

    private int Escape(string text, int start)
    {
        if (start + 1 >= text.Length || text[start + 1] != '[')
        {
            throw new InvalidOperationException($"unexpected escape at {start}: {Printable(text, start)}");
        }

        var i = start + 2;
        var privateMode = i < text.Length && text[i] == '?';
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ';' or '?'))
        {
            i++;
        }

        var parameters = text[(start + 2)..i].TrimStart('?');
        var args = parameters.Length == 0 ? [] : parameters.Split(';').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var final = text[i];
        if (privateMode)
        {
            return i + 1;
        }

        int Arg(int index, int fallback) => index < args.Length && args[index] > 0 ? args[index] : fallback;
        switch (final)
        {
            case 'H':
                Move(Arg(1, 1) - 1, Arg(0, 1) - 1);
                break;
            case 'G':
                Move(Arg(0, 1) - 1, _y);
                break;
            case 'C':
                Move(Math.Min(Width - 1, _x + Arg(0, 1)), _y);
                break;
            case 'J' when Arg(0, 0) == 2:
                Array.Fill(_cells, Cell.Space(new CellStyle(default, _style.Background)));
                break;
            case 'm':
                Sgr(args.Length == 0 ? [0] : args);
                break;
            default:
                throw new InvalidOperationException($"unexpected sequence {Printable(text, start)}");
        }

        return i + 1;
    }

    private void Move(int x, int y)
    {
        _x = x;
        _y = y;
        _pendingWrap = false;
    }

    private void Sgr(int[] codes)
    {
        for (var i = 0; i < codes.Length; i++)
        {
            var code = codes[i];
            switch (code)
            {
                case 0: _style = CellStyle.Default; break;
                case 1: _style = _style.With(CellAttributes.Bold); break;
                case 2: _style = _style.With(CellAttributes.Dim); break;
                case 3: _style = _style.With(CellAttributes.Italic); break;
                case 4: _style = _style.With(CellAttributes.Underline); break;
                case 7: _style = _style.With(CellAttributes.Reverse); break;
                case 22: _style = _style.Without(CellAttributes.Bold | CellAttributes.Dim); break;
                case 23: _style = _style.Without(CellAttributes.Italic); break;
                case 24: _style = _style.Without(CellAttributes.Underline); break;
                case 27: _style = _style.Without(CellAttributes.Reverse); break;
                case >= 30 and <= 37: _style = _style.WithForeground(Color.Ansi(code - 30)); break;
                case >= 90 and <= 97: _style = _style.WithForeground(Color.Ansi(code - 90 + 8)); break;
                case 39: _style = _style.WithForeground(Color.Default); break;
                case >= 40 and <= 47: _style = _style.WithBackground(Color.Ansi(code - 40)); break;
                case >= 100 and <= 107: _style = _style.WithBackground(Color.Ansi(code - 100 + 8)); break;
                case 49: _style = _style.WithBackground(Color.Default); break;
                case 38 or 48:
                    var color = codes[i + 1] == 5
                        ? Color.Indexed((byte)codes[i + 2])
                        : Color.Rgb((byte)codes[i + 2], (byte)codes[i + 3], (byte)codes[i + 4]);
                    i += codes[i + 1] == 5 ? 2 : 4;
                    _style = code == 38 ? _style.WithForeground(color) : _style.WithBackground(color);
                    break;
                default:
                    throw new InvalidOperationException($"unexpected SGR {code}");
            }
        }
    }

    private static string Printable(string text, int start) =>
        text.Substring(start, Math.Min(12, text.Length - start)).Replace("\e", "ESC", StringComparison.Ordinal);
}

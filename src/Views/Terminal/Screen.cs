using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>
/// The cell grid a frame is painted into. Every write is clipped, control characters are made
/// harmless (data from remote hosts must never reach the terminal as escape sequences), and a wide
/// glyph is always followed by its continuation cell, so the renderer can trust the grid.
/// </summary>
public sealed class Screen
{
    private const string Replacement = "\uFFFD";
    private Cell[] _cells;

    public Screen(int width, int height)
    {
        Width = Math.Max(0, width);
        Height = Math.Max(0, height);
        _cells = NewCells(Width * Height);
    }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public Rect Bounds => new(0, 0, Width, Height);

    internal Cell[] Cells => _cells;

    public Cell this[int x, int y]
    {
        get
        {
            CheckBounds(x, y);
            return _cells[(y * Width) + x];
        }
    }

    public ReadOnlySpan<Cell> Row(int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        return _cells.AsSpan(y * Width, Width);
    }

    /// <summary>Changes the size and blanks the grid: after a resize every view paints from scratch.</summary>
    public void Resize(int width, int height)
    {
        width = Math.Max(0, width);
        height = Math.Max(0, height);
        if (width == Width && height == Height)
        {
            return;
        }

        Width = width;
        Height = height;
        _cells = NewCells(width * height);
    }

    public void Clear(CellStyle style = default) => Array.Fill(_cells, Cell.Space(style));

    public void Fill(Rect area, CellStyle style, char glyph = ' ')
    {
        var clip = area.Intersect(Bounds);
        if (clip.IsEmpty)
        {
            return;
        }

        var text = CellText.For([glyph]);
        if (TextWidth.DisplayWidth(text) != 1 || char.IsControl(glyph))
        {
            FillSlowly(clip, style, text);
            return;
        }

        var cell = new Cell(text, style, 1);
        for (var y = clip.Y; y < clip.Bottom; y++)
        {
            // Only the edges can cut a wide glyph; the inside is a plain block copy.
            var row = y * Width;
            if (_cells[row + clip.X].IsContinuation && clip.X > 0)
            {
                _cells[row + clip.X - 1] = Cell.Space(_cells[row + clip.X - 1].Style);
            }

            var last = row + clip.Right - 1;
            if (_cells[last].Width == 2 && clip.Right < Width)
            {
                _cells[last + 1] = Cell.Space(_cells[last + 1].Style);
            }

            _cells.AsSpan(row + clip.X, clip.Width).Fill(cell);
        }
    }

    /// <summary>
    /// Writes text from (x, y) rightwards, at most <paramref name="maxWidth"/> columns and never past
    /// the edge; a wide glyph that does not fit is replaced by a space. Returns the columns advanced.
    /// </summary>
    public int Write(int x, int y, ReadOnlySpan<char> text, CellStyle style, int maxWidth = int.MaxValue)
    {
        if (y < 0 || y >= Height || maxWidth <= 0)
        {
            return 0;
        }

        var limit = (int)Math.Min(Width, (long)x + maxWidth);
        var col = x;
        while (!text.IsEmpty && col < limit)
        {
            // Printable ASCII not followed by a combining mark: the bulk of every frame.
            var first = text[0];
            if (first is >= ' ' and < (char)0x7F && col >= 0 && (text.Length == 1 || text[1] < 0x7F))
            {
                PutNarrow(col, y, CellText.Ascii(first), style);
                text = text[1..];
                col++;
                continue;
            }

            var length = TextWidth.NextGraphemeLength(text);
            var grapheme = text[..length];
            text = text[length..];
            var w = TextWidth.DisplayWidth(grapheme);
            if (w == 0)
            {
                continue;
            }

            if (col < 0 || col + w > limit)
            {
                // Half of a wide glyph cannot be drawn: blank whatever part of it is visible.
                for (var c = Math.Max(0, col); c < Math.Min(col + w, limit); c++)
                {
                    Put(c, y, " ", 1, style);
                }
            }
            else
            {
                Put(col, y, grapheme, w, style);
            }

            col += w;
        }

        return Math.Min(col, limit) - x;
    }

    public void SetStyle(int x, int y, CellStyle style)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height)
        {
            return;
        }

        ref var cell = ref _cells[(y * Width) + x];
        cell = cell with { Style = style };
    }

    /// <summary>Restyles a region, keeping its text: used to highlight rows or a text cursor.</summary>
    public void ApplyStyle(Rect area, CellStyle style)
    {
        var clip = area.Intersect(Bounds);
        for (var y = clip.Y; y < clip.Bottom; y++)
        {
            for (var x = clip.X; x < clip.Right; x++)
            {
                SetStyle(x, y, style);
            }
        }
    }

    /// <summary>The row's text as it would appear, wide glyphs counted once.</summary>
    public string GetRowText(int y)
    {
        var sb = new StringBuilder(Width);
        foreach (var cell in Row(y))
        {
            if (!cell.IsContinuation)
            {
                sb.Append(cell.Text);
            }
        }

        return sb.ToString();
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (var y = 0; y < Height; y++)
        {
            sb.Append(GetRowText(y)).Append('\n');
        }

        return sb.ToString();
    }

    private void FillSlowly(Rect clip, CellStyle style, string text)
    {
        var width = Math.Max(1, TextWidth.DisplayWidth(text));
        for (var y = clip.Y; y < clip.Bottom; y++)
        {
            var x = clip.X;
            for (; x + width <= clip.Right; x += width)
            {
                Put(x, y, text, width, style);
            }

            for (; x < clip.Right; x++)
            {
                Put(x, y, " ", 1, style);
            }
        }
    }

    private static Cell[] NewCells(int count)
    {
        var cells = new Cell[count];
        Array.Fill(cells, Cell.Blank);
        return cells;
    }

    private void PutNarrow(int x, int y, string text, CellStyle style)
    {
        var i = (y * Width) + x;
        ref var cell = ref _cells[i];
        if (cell.Width != 1)
        {
            Put(x, y, text, 1, style);
            return;
        }

        cell = new Cell(text, style, 1);
    }

    private void Put(int x, int y, ReadOnlySpan<char> grapheme, int width, CellStyle style)
    {
        var row = y * Width;
        var i = row + x;

        // Overwriting part of a wide glyph destroys all of it, as it does on a real terminal.
        if (_cells[i].IsContinuation && x > 0)
        {
            _cells[i - 1] = Cell.Space(_cells[i - 1].Style);
        }

        var last = i + width - 1;
        if (_cells[last].Width == 2 && last + 1 < row + Width)
        {
            _cells[last + 1] = Cell.Space(_cells[last + 1].Style);
        }

        _cells[i] = new Cell(Sanitize(grapheme), style, (byte)width);
        if (width == 2)
        {
            _cells[i + 1] = Cell.Continuation(style);
        }
    }

    private static string Sanitize(ReadOnlySpan<char> grapheme)
    {
        var c = grapheme[0];
        if (c is '\t' or '\n' or '\r')
        {
            return " ";
        }

        if (c < 0x20 || c is >= (char)0x7F and < (char)0xA0 || (char.IsSurrogate(c) && grapheme.Length == 1))
        {
            return Replacement;
        }

        return CellText.For(grapheme);
    }

    private void CheckBounds(int x, int y)
    {
        if (x < 0 || y < 0 || x >= Width || y >= Height)
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"({x}, {y}) is outside {Width}x{Height}");
        }
    }
}

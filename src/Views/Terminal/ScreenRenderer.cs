namespace GntTui.Views.Terminal;

/// <summary>
/// Turns a <see cref="Screen"/> into the bytes that bring the terminal from the last frame to this
/// one: only changed cells, cursor moves only where a run of changes breaks, SGR only when the
/// style changes. Over SSH the bytes are the cost, so a frame where nothing changed is empty.
/// </summary>
public sealed class ScreenRenderer
{
    // Rewriting a few unchanged ASCII cells is shorter than a cursor-forward sequence.
    private const int MaxGapRewrite = 3;

    private readonly AnsiBuffer _buffer = new();
    private Cell[] _previous = [];
    private int _width = -1;
    private int _height = -1;
    private bool _forceFull = true;
    private CellStyle? _style;
    private int _cursorX = -1;
    private int _cursorY = -1;

    /// <summary>Bytes produced by the last call to <see cref="Render"/>.</summary>
    public int LastFrameBytes { get; private set; }

    /// <summary>Cells written by the last call to <see cref="Render"/>.</summary>
    public int LastFrameCells { get; private set; }

    /// <summary>
    /// Forgets what the terminal shows, so the next frame clears and repaints everything: after a
    /// resize, after something else wrote to the terminal, or when the user asks (Ctrl+L).
    /// </summary>
    public void Invalidate() => _forceFull = true;

    public byte[] Render(Screen screen)
    {
        _buffer.Clear();
        LastFrameCells = 0;
        var width = screen.Width;
        var height = screen.Height;
        if (_forceFull || width != _width || height != _height)
        {
            BeginFullFrame(width, height);
        }

        var cells = screen.Cells;
        for (var y = 0; y < height; y++)
        {
            RenderRow(cells, y, width);
        }

        LastFrameBytes = _buffer.Length;
        return _buffer.ToArray();
    }

    private void BeginFullFrame(int width, int height)
    {
        _width = width;
        _height = height;
        _forceFull = false;
        _previous = new Cell[width * height];
        Array.Fill(_previous, Cell.Blank);

        // Reset first: erasing uses the current background colour.
        _buffer.AppendAscii("\e[0m\e[2J");
        _style = CellStyle.Default;
        _cursorX = -1;
        _cursorY = -1;
    }

    private void RenderRow(Cell[] cells, int y, int width)
    {
        var rowStart = y * width;
        var x = 0;
        while (x < width)
        {
            var i = rowStart + x;
            var cell = cells[i];
            if (cell.Equals(_previous[i]))
            {
                x++;
                continue;
            }

            if (cell.IsContinuation)
            {
                // Only the continuation's style changed: the glyph is redrawn from its lead cell.
                if (x == 0)
                {
                    x++;
                    continue;
                }

                x--;
                i--;
                cell = cells[i];
            }

            MoveTo(cells, rowStart, x, y);
            Sgr.Transition(_buffer, _style, cell.Style);
            _style = cell.Style;
            _buffer.AppendText(cell.Text);
            LastFrameCells++;

            var advance = cell.Width == 2 ? 2 : 1;
            _previous[i] = cell;
            if (advance == 2)
            {
                _previous[i + 1] = cells[i + 1];
            }

            x += advance;

            // At the right margin the terminal is in its "pending wrap" state: trust no column.
            _cursorX = x < width ? x : -1;
            _cursorY = _cursorX < 0 ? -1 : y;
        }
    }

    private void MoveTo(Cell[] cells, int rowStart, int x, int y)
    {
        if (_cursorY == y && _cursorX == x)
        {
            return;
        }

        if (_cursorY == y && _cursorX >= 0 && x > _cursorX)
        {
            var gap = x - _cursorX;
            if (gap <= MaxGapRewrite && CanRewrite(cells, rowStart + _cursorX, gap))
            {
                for (var i = 0; i < gap; i++)
                {
                    _buffer.AppendText(cells[rowStart + _cursorX + i].Text);
                }

                return;
            }

            _buffer.AppendAscii("\e[");
            if (gap > 1)
            {
                _buffer.AppendNumber(gap);
            }

            _buffer.Append((byte)'C');
            return;
        }

        if (_cursorY == y && _cursorX >= 0 && x == 0)
        {
            _buffer.Append((byte)'\r');
            return;
        }

        if (_cursorY == y && _cursorX >= 0)
        {
            _buffer.AppendAscii("\e[");
            _buffer.AppendNumber(x + 1);
            _buffer.Append((byte)'G');
            return;
        }

        _buffer.AppendAscii("\e[");
        if (x != 0 || y != 0)
        {
            _buffer.AppendNumber(y + 1);
            if (x != 0)
            {
                _buffer.Append((byte)';');
                _buffer.AppendNumber(x + 1);
            }
        }

        _buffer.Append((byte)'H');
    }

    private bool CanRewrite(Cell[] cells, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            var cell = cells[i];
            if (cell.Width != 1 || cell.Style != _style || cell.Text.Length != 1 || cell.Text[0] >= 0x80)
            {
                return false;
            }
        }

        return true;
    }
}

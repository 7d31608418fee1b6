namespace GntTui.Views.Terminal;

/// <summary>A region of the screen in cells. Layout helpers never return negative sizes.</summary>
public readonly record struct Rect(int X, int Y, int Width, int Height)
{
    public int Right => X + Width;

    public int Bottom => Y + Height;

    public bool IsEmpty => Width <= 0 || Height <= 0;

    public bool Contains(int x, int y) => x >= X && x < Right && y >= Y && y < Bottom;

    public Rect Intersect(Rect other)
    {
        var x = Math.Max(X, other.X);
        var y = Math.Max(Y, other.Y);
        var right = Math.Min(Right, other.Right);
        var bottom = Math.Min(Bottom, other.Bottom);
        return new(x, y, Math.Max(0, right - x), Math.Max(0, bottom - y));
    }

    /// <summary>Shrinks every side by <paramref name="margin"/> cells.</summary>
    public Rect Inset(int margin) => Inset(margin, margin);

    public Rect Inset(int horizontal, int vertical) =>
        new(X + horizontal, Y + vertical, Math.Max(0, Width - (2 * horizontal)), Math.Max(0, Height - (2 * vertical)));

    /// <summary>The top <paramref name="rows"/> rows (clamped).</summary>
    public Rect TakeTop(int rows) => this with { Height = Math.Clamp(rows, 0, Math.Max(0, Height)) };

    public Rect TakeBottom(int rows)
    {
        var h = Math.Clamp(rows, 0, Math.Max(0, Height));
        return new(X, Bottom - h, Width, h);
    }

    public Rect SkipTop(int rows)
    {
        var h = Math.Clamp(rows, 0, Math.Max(0, Height));
        return new(X, Y + h, Width, Height - h);
    }

    public Rect SkipBottom(int rows) => this with { Height = Math.Max(0, Height - Math.Max(0, rows)) };

    public Rect TakeLeft(int columns) => this with { Width = Math.Clamp(columns, 0, Math.Max(0, Width)) };

    public Rect SkipLeft(int columns)
    {
        var w = Math.Clamp(columns, 0, Math.Max(0, Width));
        return new(X + w, Y, Width - w, Height);
    }

    /// <summary>A rectangle of the given size centred in this one (clamped to fit).</summary>
    public Rect Center(int width, int height)
    {
        var w = Math.Clamp(width, 0, Math.Max(0, Width));
        var h = Math.Clamp(height, 0, Math.Max(0, Height));
        return new(X + ((Width - w) / 2), Y + ((Height - h) / 2), w, h);
    }
}

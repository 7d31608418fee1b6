using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>
/// The toasts on screen, newest at the bottom, above the footer. Errors stay longer than news:
/// someone who looked away for five seconds should still see that a job failed.
/// </summary>
public sealed class ToastCenter
{
    private readonly TimeProvider _time;
    private readonly int _maxVisible;
    private readonly List<Toast> _toasts = [];

    public ToastCenter(TimeProvider? time = null, int maxVisible = 3)
    {
        _time = time ?? TimeProvider.System;
        _maxVisible = Math.Max(1, maxVisible);
    }

    public IReadOnlyList<Toast> Active => _toasts;

    public static TimeSpan DefaultDuration(ToastLevel level) => level switch
    {
        ToastLevel.Error => TimeSpan.FromSeconds(10),
        ToastLevel.Warning => TimeSpan.FromSeconds(6),
        _ => TimeSpan.FromSeconds(3),
    };

    public Toast Show(string message, ToastLevel level = ToastLevel.Info, TimeSpan? duration = null)
    {
        var toast = new Toast(message, level, _time.GetUtcNow() + (duration ?? DefaultDuration(level)));
        _toasts.Add(toast);
        if (_toasts.Count > _maxVisible)
        {
            _toasts.RemoveAt(0);
        }

        return toast;
    }

    /// <summary>Drops expired toasts; true when something went (the screen needs a frame). Call on each tick.</summary>
    public bool Expire()
    {
        var now = _time.GetUtcNow();
        return _toasts.RemoveAll(t => t.ExpiresAt <= now) > 0;
    }

    public void DismissAll() => _toasts.Clear();

    /// <summary>Most lines one toast may take: a long error keeps its end (usually the reason), three lines keep the list visible.</summary>
    public const int MaxLines = 3;

    /// <summary>Draws the stack at the bottom right of <paramref name="area"/>, newest lowest; a long message wraps.</summary>
    public void Render(Screen screen, Rect area, Theme theme)
    {
        var y = area.Bottom;
        var maxWidth = Math.Max(1, area.Width * 2 / 3);
        for (var i = _toasts.Count - 1; i >= 0 && y > area.Y; i--)
        {
            var toast = _toasts[i];
            var style = theme[toast.Level switch
            {
                ToastLevel.Error => StyleRole.ToastError,
                ToastLevel.Warning => StyleRole.ToastWarning,
                _ => StyleRole.ToastInfo,
            }];
            var prefix = toast.Level switch
            {
                ToastLevel.Error => "✖ ",
                ToastLevel.Warning => "⚠ ",
                _ => "",
            };
            var lines = Lines(prefix + toast.Message, maxWidth - 2);
            var width = lines.Max(l => TextWidth.Measure(l)) + 2;
            var x = area.Right - width - 1;
            for (var l = lines.Count - 1; l >= 0 && y > area.Y; l--)
            {
                y--;
                screen.Fill(new Rect(x, y, width, 1), style);
                screen.Write(x, y, " " + lines[l], style, width);
            }
        }
    }

    // Wrapped to the width; past MaxLines the last line ends in "…" so a cut is never silent.
    private static IReadOnlyList<string> Lines(string text, int width)
    {
        var lines = TextWrap.Wrap(text.Replace('\n', ' '), Math.Max(1, width));
        if (lines.Count <= MaxLines)
        {
            return lines;
        }

        var kept = lines.Take(MaxLines).ToList();
        kept[^1] = TextWidth.Truncate(kept[^1] + " …", width);
        return kept;
    }
}

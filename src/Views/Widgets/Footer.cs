using GntTui.Views.Terminal;
using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>The bottom line: key hints from the key map's footer bindings, as many as fit, in order.</summary>
public static class Footer
{
    public static void Render(Screen screen, Rect line, Theme theme, IEnumerable<KeyBinding> bindings, string? message = null)
    {
        if (line.IsEmpty)
        {
            return;
        }

        var style = theme.Footer;
        var keyStyle = theme[StyleRole.FooterKey];
        screen.Fill(line.TakeTop(1), style);
        var right = line.Right;
        if (message is not null)
        {
            var w = Math.Min(TextWidth.Measure(message), line.Width / 2);
            right -= w + 1;
            screen.Write(right, line.Y, TextWidth.Truncate(message, w), style, w);
        }

        var x = line.X + 1;
        foreach (var binding in bindings)
        {
            var key = binding.Keys[0].ToString();
            var needed = TextWidth.Measure(key) + 1 + TextWidth.Measure(binding.FooterText);
            if (x + needed >= right)
            {
                break; // A hint cut in half helps nobody: stop at the last one that fits.
            }

            x += screen.Write(x, line.Y, key, keyStyle);
            x += 1;
            x += screen.Write(x, line.Y, binding.FooterText, style);
            x += 2;
        }
    }
}

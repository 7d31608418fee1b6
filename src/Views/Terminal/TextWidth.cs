using System.Buffers;
using System.Globalization;
using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>
/// Display width of text in terminal columns, grapheme by grapheme. A wide-width table small
/// enough to carry here (East Asian Wide/Fullwidth plus emoji with default emoji presentation)
/// beats depending on the terminal's locale, which .NET cannot query.
/// </summary>
public static class TextWidth
{
    public const string Ellipsis = "…";

    private static readonly (int Start, int End)[] WideRanges =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0),
        (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F),
        (0x2693, 0x2693), (0x26A1, 0x26A1), (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5),
        (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
        (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728),
        (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
        (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF),
        (0xA960, 0xA97F), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F),
        (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x17000, 0x18AFF), (0x1B000, 0x1B2FF),
        (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1E6, 0x1F1FF),
        (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251), (0x1F260, 0x1F265),
        (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA),
        (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440),
        (0x1F442, 0x1F4FC), (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
        (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC),
        (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC),
        (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF),
        (0x1FA70, 0x1FAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];

    /// <summary>Columns taken by one rune: 0 (combining, format, control), 1 or 2.</summary>
    public static int OfRune(Rune rune)
    {
        var v = rune.Value;
        if (v < 0x7F)
        {
            return v >= 0x20 ? 1 : 0;
        }

        if (v < 0xA0)
        {
            return 0;
        }

        if (v is >= 0x1160 and <= 0x11FF)
        {
            return 0; // Hangul medial vowels and final consonants join the preceding syllable.
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return IsWide(v) ? 2 : 1;
    }

    /// <summary>Columns taken by one grapheme cluster: its base's width, or 2 when VS16 asks for emoji presentation.</summary>
    public static int OfGrapheme(ReadOnlySpan<char> grapheme)
    {
        if (grapheme.IsEmpty)
        {
            return 0;
        }

        if (Rune.DecodeFromUtf16(grapheme, out var first, out var consumed) != OperationStatus.Done)
        {
            return 1; // A lone surrogate is drawn as a replacement character.
        }

        var width = OfRune(first);
        if (width == 1 && grapheme.Length > consumed && grapheme[consumed..].Contains('\uFE0F'))
        {
            width = 2;
        }

        return width;
    }

    /// <summary>Length in chars of the grapheme starting at the beginning of <paramref name="text"/>.</summary>
    public static int NextGraphemeLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        // ASCII followed by ASCII (or nothing) cannot combine; skipping the UAX #29 walk keeps Write cheap.
        if (text[0] < 0x7F && text[0] != '\r' && (text.Length == 1 || text[1] < 0x7F))
        {
            return 1;
        }

        return StringInfo.GetNextTextElementLength(text);
    }

    /// <summary>Total columns the text takes when written to a <see cref="Screen"/>.</summary>
    public static int Measure(ReadOnlySpan<char> text)
    {
        if (IsPlainAscii(text))
        {
            return text.Length;
        }

        var total = 0;
        while (!text.IsEmpty)
        {
            var length = NextGraphemeLength(text);
            total += DisplayWidth(text[..length]);
            text = text[length..];
        }

        return total;
    }

    /// <summary>
    /// Cuts text to at most <paramref name="width"/> columns, ending in "…" when something was cut,
    /// never splitting a grapheme or a wide glyph.
    /// </summary>
    public static string Truncate(string text, int width)
    {
        if (width <= 0)
        {
            return "";
        }

        if (IsPlainAscii(text))
        {
            return text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), Ellipsis);
        }

        var span = text.AsSpan();
        var used = 0;
        var index = 0;
        var fitIndex = -1; // Where the text is cut if an ellipsis must follow.
        while (index < span.Length)
        {
            var length = NextGraphemeLength(span[index..]);
            var w = DisplayWidth(span.Slice(index, length));
            if (used + w > width)
            {
                return fitIndex < 0 ? Ellipsis : string.Concat(span[..fitIndex], Ellipsis);
            }

            used += w;
            index += length;
            if (used <= width - 1)
            {
                fitIndex = index;
            }
        }

        return text;
    }

    /// <summary>Truncates or pads with spaces to exactly <paramref name="width"/> columns.</summary>
    public static string Fit(string text, int width, bool alignRight = false)
    {
        var cut = Truncate(text, width);
        var pad = width - Measure(cut);
        if (pad <= 0)
        {
            return cut;
        }

        return alignRight ? new string(' ', pad) + cut : cut + new string(' ', pad);
    }

    /// <summary>Printable ASCII only: one column per char, no graphemes to find.</summary>
    internal static bool IsPlainAscii(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange(' ', '~');

    /// <summary>Width a grapheme gets on screen, after control characters are made visible.</summary>
    internal static int DisplayWidth(ReadOnlySpan<char> grapheme)
    {
        var c = grapheme[0];
        if (c < 0x20 || c is >= (char)0x7F and < (char)0xA0)
        {
            return 1; // Drawn as a space or a replacement glyph, never sent raw.
        }

        return OfGrapheme(grapheme);
    }

    private static bool IsWide(int value)
    {
        if (value < WideRanges[0].Start)
        {
            return false;
        }

        int lo = 0, hi = WideRanges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var (start, end) = WideRanges[mid];
            if (value < start)
            {
                hi = mid - 1;
            }
            else if (value > end)
            {
                lo = mid + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}

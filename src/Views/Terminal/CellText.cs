namespace GntTui.Views.Terminal;

/// <summary>
/// Shared strings for single-char graphemes, so that painting a frame of ASCII, box drawing and
/// block glyphs allocates nothing. Pages are created on first use.
/// </summary>
internal static class CellText
{
    private static readonly string?[]?[] Pages = new string?[]?[256];
    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public static string Ascii(char c) => AsciiStrings[c];

    public static string For(ReadOnlySpan<char> grapheme)
    {
        if (grapheme.Length != 1)
        {
            return new string(grapheme);
        }

        var c = grapheme[0];
        var page = Pages[c >> 8] ??= new string?[256];
        return page[c & 0xFF] ??= c.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace GntTui.Engine.Text;

/// <summary>
/// The one sanitiser for text we did not write (names from the cluster, Ganeti's and ssh's messages,
/// file names) before it reaches a terminal: control characters (ESC and the rest of C0/C1, DEL)
/// and the bidirectional overrides that reorder what is shown become '?', so no escape sequence or
/// reordering reaches the operator's terminal.
/// </summary>
public static class UntrustedText
{
    /// <summary>One line: newlines and tabs become spaces, every other control character '?'.</summary>
    public static string Line(string? text) => Clean(text, keepNewlines: false);

    /// <summary>Several lines: newlines stay, tabs become spaces, every other control character '?'.</summary>
    public static string Block(string? text) => Clean(text, keepNewlines: true);

    /// <summary>Whether <paramref name="c"/> must not be written to a terminal as it is.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format && IsBidiControl(c);

    private static string Clean(string? text, bool keepNewlines)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (!text.Any(IsUnsafe))
        {
            return text;
        }
        if (keepNewlines)
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                // A bare carriage return would let a later part of the text overwrite the start of the line.
                '\n' or '\r' when keepNewlines => '\n',
                '\n' or '\r' or '\t' => ' ',
                _ when IsUnsafe(c) => '?',
                _ => c,
            });
        }
        return sb.ToString();
    }

    private static bool IsBidiControl(char c) =>
        c is '\u061c' or '\u200e' or '\u200f' or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069');
}

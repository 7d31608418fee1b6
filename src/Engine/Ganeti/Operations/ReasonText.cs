using System.Globalization;
using System.Text;

namespace GntTui.Engine.Ganeti.Operations;

/// <summary>
/// What Ganeti can store as a reason. Its job queue writes the opcode (reason trail included) in
/// the daemon's locale, plain ASCII on a stock master: one accented letter and the job dies inside
/// Ganeti with "commitBuffer: invalid character" after it was sent. So the console refuses the text
/// before sending and names the character, rather than rewriting the operator's words (an escaped
/// or transliterated reason would no longer be what they wrote, in Ganeti's record or ours).
/// </summary>
public static class ReasonText
{
    /// <summary>Why Ganeti would not take this reason, naming the first offending character; null when it is fine.</summary>
    public static string? Problem(string? reason)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return null;
        }

        var position = 0;
        foreach (var rune in reason.EnumerateRunes())
        {
            position++;
            if (rune.Value is < 0x20 or > 0x7E)
            {
                return $"the reason has {Name(rune)} at character {position}: Ganeti stores reasons as plain ASCII only "
                    + "(it fails with \"commitBuffer: invalid character\"); write it without accents, symbols or control characters";
            }
        }

        return null;
    }

    private static string Name(Rune rune)
    {
        var code = "U+" + rune.Value.ToString("X4", CultureInfo.InvariantCulture);
        return Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            ? code
            : $"'{rune}' ({code})";
    }
}

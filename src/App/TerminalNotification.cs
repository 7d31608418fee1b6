using System.Text;

namespace GntTui.App;

/// <summary>
/// A bell plus desktop notifications a terminal can raise: OSC 9 (iTerm2, WezTerm, Windows
/// Terminal) and OSC 777 (urxvt, foot, Konsole). Terminals that know neither ignore them.
/// Control characters in the text are dropped so remote text cannot inject sequences.
/// </summary>
internal static class TerminalNotification
{
    public static string Format(string title, string body)
    {
        var t = Clean(title);
        var b = Clean(body);
        return $"\a\e]9;{t}: {b}\a\e]777;notify;{t};{b}\a";
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsControl(c) && c != ';')
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}

using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>
/// OSC 52 "set the clipboard": the text base64-encoded, so nothing in it can act as a terminal
/// command. It travels over SSH with the rest of the output, which is why it works on a remote
/// console; terminals that refuse clipboard writes ignore it.
/// </summary>
public static class ClipboardBytes
{
    /// <summary>Names and short texts only; some terminals drop longer sequences whole.</summary>
    public const int MaxLength = 4096;

    public static string Copy(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = text.Length > MaxLength ? text[..MaxLength] : text;
        return "\e]52;c;" + Convert.ToBase64String(Encoding.UTF8.GetBytes(kept)) + "\a";
    }
}

using System.Text;
using GntTui.Engine.Live;

namespace GntTui.Views.Terminal;

/// <summary>
/// The bytes that tell a terminal a notification is due: BEL, OSC 9 and OSC 777, each
/// BEL-terminated (the terminator every one of these terminals accepts). The event loop writes
/// them between frames, so they never split one.
/// </summary>
public static class NotificationBytes
{
    public const NotificationChannels All = NotificationChannels.Bell | NotificationChannels.Osc9 | NotificationChannels.Osc777;
    private const int MaxLength = 200;
    private const char Bel = '\a';
    private const string Osc = "\u001b]";

    public static string Render(JobNotification notification, NotificationChannels channels)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var sb = new StringBuilder();
        var title = Clean(notification.Title);
        var body = Clean(notification.Body);
        if (channels.HasFlag(NotificationChannels.Osc9))
        {
            // ConEmu and Windows Terminal read "OSC 9 ; <digit>" as other commands: never start with one.
            var text = body.Length == 0 ? title : $"{title}: {body}";
            sb.Append(Osc).Append("9;").Append(text.Length > 0 && char.IsAsciiDigit(text[0]) ? " " + text : text).Append(Bel);
        }
        if (channels.HasFlag(NotificationChannels.Osc777))
        {
            sb.Append(Osc).Append("777;notify;").Append(title.Replace(';', ',')).Append(';').Append(body).Append(Bel);
        }
        if (channels.HasFlag(NotificationChannels.Bell))
        {
            sb.Append(Bel);
        }
        return sb.ToString();
    }

    /// <summary>No control characters (an ESC or BEL inside would end or forge the sequence), one line, bounded.</summary>
    private static string Clean(string s)
    {
        var chars = s.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        var line = string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= MaxLength ? line : line[..(MaxLength - 1)] + "…";
    }
}

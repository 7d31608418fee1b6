using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Operations;

/// <summary>
/// A unique tag added to every <c>--reason</c> the console sends ("… [gnt-tui #3f9c2a7b1e04]").
/// Ganeti keeps the reason in each opcode's trail (<c>gnt:user</c>, shown by <c>gnt-job info</c>),
/// so a job whose id never reached the audit row (a crash between sending and writing it) can be
/// found again by its tag. The tag is in the audited command line, which is where it is read back.
/// </summary>
public static partial class ReasonMarker
{
    private const string Prefix = "[gnt-tui #";

    /// <summary>A new tag: 48 random bits, 12 hex digits.</summary>
    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>The reason as sent: the operator's words, then the tag.</summary>
    public static string Mark(string reason, string marker)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var tag = Prefix + marker + "]";
        return string.IsNullOrWhiteSpace(reason) ? tag : reason.TrimEnd() + " " + tag;
    }

    /// <summary>The text that identifies the job in Ganeti's output.</summary>
    public static string Tag(string marker) => Prefix + marker + "]";

    /// <summary>The tag in an audited command line or a reason; null when there is none (older rows, cancels).</summary>
    public static string? Find(string text) => text is null ? null : Pattern().Match(text) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>The text without its tag (what the operator wrote).</summary>
    public static string Strip(string text) => Pattern().Replace(text, "").TrimEnd();

    /// <summary>A command line as it was before its reason was tagged (a tag-only reason goes with its <c>--reason</c>).</summary>
    public static string Untagged(string command) => Strip(TagOnly().Replace(command, ""));

    [GeneratedRegex(@" ?\[gnt-tui #([0-9a-f]{12})\]", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@" --reason '\[gnt-tui #[0-9a-f]{12}\]'", RegexOptions.CultureInvariant)]
    private static partial Regex TagOnly();
}

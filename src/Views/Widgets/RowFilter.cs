using System.Text.RegularExpressions;

namespace GntTui.Views.Widgets;

/// <summary>
/// A compiled <c>/</c> filter: a case-insensitive regex, inverted by a leading "!". Compiled
/// with the non-backtracking engine where the pattern allows it, so no pattern can hang the UI
/// loop on 20,000 rows; otherwise with a match timeout.
/// </summary>
public sealed record RowFilter(string Text, bool Invert, Regex? Regex)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(20);

    public static RowFilter None { get; } = new("", false, null);

    public bool IsEmpty => Regex is null;

    /// <summary>The pattern without the "!" prefix.</summary>
    public string Pattern => Invert ? Text[1..] : Text;

    public bool Matches(string text)
    {
        return Regex is null || RawMatch(text) != Invert;
    }

    /// <summary>True if any of the row's texts match (or, inverted, none do).</summary>
    public bool MatchesAny(IEnumerable<string> texts)
    {
        return Regex is null || texts.Any(RawMatch) != Invert;
    }

    /// <summary>Compiles filter text; on a bad pattern returns false with a one-line error, never throws.</summary>
    public static bool TryCreate(string text, out RowFilter filter, out string? error)
    {
        filter = None;
        error = null;
        var invert = text.StartsWith('!');
        var pattern = invert ? text[1..] : text;
        if (pattern.Length == 0)
        {
            return true;
        }

        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        try
        {
            Regex regex;
            try
            {
                regex = new Regex(pattern, options | RegexOptions.NonBacktracking);
            }
            catch (NotSupportedException)
            {
                // Backreferences and lookarounds need the backtracking engine.
                regex = new Regex(pattern, options, MatchTimeout);
            }

            filter = new RowFilter(text, invert, regex);
            return true;
        }
        catch (ArgumentException ex)
        {
            error = Describe(ex, invert);
            return false;
        }
    }

    private bool RawMatch(string text)
    {
        try
        {
            return Regex!.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static string Describe(ArgumentException ex, bool inverted)
    {
        // .NET says "Invalid pattern 'web[' at offset 4. Unterminated [] set."; the last sentence is
        // the useful part, and the offset should count the "!" the user typed.
        if (ex is RegexParseException parse)
        {
            var message = parse.Message;
            var cut = message.IndexOf(". ", StringComparison.Ordinal);
            var what = cut > 0 ? message[(cut + 2)..].Trim().TrimEnd('.') : parse.Error.ToString();
            return $"bad regex: {what} at {parse.Offset + (inverted ? 1 : 0)}";
        }

        var newline = ex.Message.IndexOf('\n', StringComparison.Ordinal);
        return "bad regex: " + (newline > 0 ? ex.Message[..newline].TrimEnd() : ex.Message);
    }
}

using System.Text.RegularExpressions;

namespace GntTui.Engine.Drbd;

/// <summary>
/// A minor's joined text with a record of which characters some pattern explained, so whatever
/// is left over can be reported as unrecognised instead of silently dropped.
/// </summary>
internal sealed class ConsumedText
{
    private readonly bool[] _used;

    public ConsumedText(string text)
    {
        Text = text;
        _used = new bool[text.Length];
    }

    public string Text { get; }

    /// <summary>The first match of <paramref name="pattern"/>, marked as explained.</summary>
    public Match? Take(Regex pattern)
    {
        var match = pattern.Match(Text);
        if (!match.Success)
        {
            return null;
        }
        Mark(match);
        return match;
    }

    /// <summary>Every match of <paramref name="pattern"/>, each marked as explained.</summary>
    public IReadOnlyList<Match> TakeAll(Regex pattern)
    {
        var matches = pattern.Matches(Text).ToList();
        foreach (var match in matches)
        {
            Mark(match);
        }
        return matches;
    }

    /// <summary>
    /// Every match's position, each marked as explained. For patterns read by position: no Match
    /// or Group objects, which for the dozen counters of every minor were most of a sample's garbage.
    /// </summary>
    public List<Range> TakeAllRanges(Regex pattern)
    {
        var ranges = new List<Range>();
        foreach (var match in pattern.EnumerateMatches(Text))
        {
            Mark(match.Index, match.Length);
            ranges.Add(new Range(match.Index, match.Index + match.Length));
        }
        return ranges;
    }

    /// <summary>Unexplained runs of text, whitespace-trimmed, in order.</summary>
    public IReadOnlyList<string> Leftovers()
    {
        // Strings only for runs with something in them: between the matches of a well-formed
        // minor there are only blanks, and every sample would otherwise pay for them.
        List<string>? runs = null;
        var i = 0;
        while (i < Text.Length)
        {
            if (_used[i])
            {
                i++;
                continue;
            }
            var start = i;
            while (i < Text.Length && !_used[i])
            {
                i++;
            }
            var run = Text.AsSpan(start, i - start).Trim();
            if (!run.IsEmpty)
            {
                (runs ??= []).Add(run.ToString());
            }
        }
        return runs ?? (IReadOnlyList<string>)[];
    }

    private void Mark(Match match) => Mark(match.Index, match.Length);

    private void Mark(int index, int length) => _used.AsSpan(index, length).Fill(true);
}

using System.Text;
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

    /// <summary>Unexplained runs of text, whitespace-trimmed, in order.</summary>
    public IReadOnlyList<string> Leftovers()
    {
        var runs = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i <= Text.Length; i++)
        {
            if (i < Text.Length && !_used[i])
            {
                current.Append(Text[i]);
                continue;
            }
            var run = current.ToString().Trim();
            if (run.Length > 0)
            {
                runs.Add(run);
            }
            current.Clear();
        }
        return runs;
    }

    private void Mark(Match match)
    {
        for (var i = match.Index; i < match.Index + match.Length; i++)
        {
            _used[i] = true;
        }
    }
}

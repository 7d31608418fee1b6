namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>
/// The common shape of <c>gnt-* list --no-headers --separator=|</c>: one row per line, a fixed
/// number of fields. A line with the wrong count or a bad value becomes a problem note with its
/// line number, never a row with wrong numbers.
/// </summary>
public abstract class SeparatedListParser<T>
{
    protected abstract int FieldCount { get; }

    protected abstract string What { get; }

    // The previous output's rows by their line: a refresh mostly repeats the last one, and an unchanged
    // line is then a lookup, not a split and a parse (and the row is the same object, so the UI can
    // tell what changed by reference). Swapped whole per parse, so concurrent parses stay correct.
    private Dictionary<string, T> _previous = new(StringComparer.Ordinal);

    public ParseResult<T> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = new List<T>();
        var problems = new List<string>();
        var previous = Volatile.Read(ref _previous).GetAlternateLookup<ReadOnlySpan<char>>();
        var seen = new Dictionary<string, T>(previous.Dictionary.Count, StringComparer.Ordinal);
        var lineNo = 0;
        var rest = output.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var raw = end < 0 ? rest : rest[..end];
            lineNo++;
            var span = raw.TrimEnd('\r');
            if (!span.IsWhiteSpace())
            {
                if (previous.TryGetValue(span, out var key, out var known))
                {
                    rows.Add(known);
                    seen.TryAdd(key, known);
                }
                else
                {
                    var line = span.ToString();
                    var fields = line.Split(GanetiQueries.Separator);
                    if (fields.Length != FieldCount)
                    {
                        problems.Add($"{What} line {lineNo}: expected {FieldCount} fields, got {fields.Length}: {Excerpt(line)}");
                    }
                    else if (TryParseRow(fields, out var row) is { } error)
                    {
                        problems.Add($"{What} line {lineNo}: {error}: {Excerpt(line)}");
                    }
                    else
                    {
                        rows.Add(row!);
                        seen.TryAdd(line, row!);
                    }
                }
            }
            if (end < 0)
            {
                break;
            }
            rest = rest[(end + 1)..];
        }
        Volatile.Write(ref _previous, seen);
        return new ParseResult<T>(rows, problems);
    }

    /// <summary>Returns null and the row, or a description of what was wrong.</summary>
    protected abstract string? TryParseRow(string[] fields, out T? row);

    private static string Excerpt(string line) =>
        NameValidator.Printable(line.Length > 80 ? line[..80] + "…" : line);
}

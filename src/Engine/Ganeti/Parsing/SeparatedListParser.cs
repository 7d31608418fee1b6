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

    public ParseResult<T> Parse(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = new List<T>();
        var problems = new List<string>();
        var lineNo = 0;
        foreach (var rawLine in output.Split('\n'))
        {
            lineNo++;
            var line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var fields = line.Split(GanetiQueries.Separator);
            if (fields.Length != FieldCount)
            {
                problems.Add($"{What} line {lineNo}: expected {FieldCount} fields, got {fields.Length}: {Excerpt(line)}");
                continue;
            }
            var error = TryParseRow(fields, out var row);
            if (error is not null)
            {
                problems.Add($"{What} line {lineNo}: {error}: {Excerpt(line)}");
                continue;
            }
            rows.Add(row!);
        }
        return new ParseResult<T>(rows, problems);
    }

    /// <summary>Returns null and the row, or a description of what was wrong.</summary>
    protected abstract string? TryParseRow(string[] fields, out T? row);

    private static string Excerpt(string line) =>
        NameValidator.Printable(line.Length > 80 ? line[..80] + "…" : line);
}

using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Info;

/// <summary>
/// Reads the indented YAML-like text of <c>gnt-instance info</c> and <c>gnt-node info</c>
/// (cli._SerializeGenericInfo: two spaces per level, "- " items, "key: value" pairs, a key whose
/// value follows on deeper lines ends in ": "). Each line is classified by one table of patterns;
/// the tree is built from the columns alone. Anything that fits no pattern or no column is a
/// <see cref="FormatException"/> naming the line, never a guess.
/// </summary>
public static partial class InfoTreeParser
{
    /// <summary>Past this an answer is not info output (cli never nests this deep).</summary>
    private const int MaxDepth = 32;

    private enum LineKind
    {
        ItemPair,
        ItemScalar,
        Pair,
    }

    private sealed record RawLine(int Number, int Column, LineKind Kind, string Key, string Value);

    [GeneratedRegex(@"^(?<indent> *)- (?<key>[^:\[(]+?):(?: (?<value>.*))?$")]
    private static partial Regex ItemPairLine();

    [GeneratedRegex(@"^(?<indent> *)-(?: (?<value>.*))?$")]
    private static partial Regex ItemScalarLine();

    [GeneratedRegex(@"^(?<indent> *)(?<key>[^\s:\-\[(][^:]*?):(?: (?<value>.*))?$")]
    private static partial Regex PairLine();

    /// <summary>The classifying table, tried in order: the first pattern that matches says what the line is.</summary>
    private static readonly (Func<Regex> Pattern, LineKind Kind)[] Classes =
    [
        (ItemPairLine, LineKind.ItemPair),
        (ItemScalarLine, LineKind.ItemScalar),
        (PairLine, LineKind.Pair),
    ];

    public static IReadOnlyList<InfoNode> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = Classify(text);
        var at = 0;
        var top = Block(lines, ref at, lines.Count == 0 ? 0 : lines[0].Column, 0);
        if (at < lines.Count)
        {
            throw Garbled(lines[at], "indented where nothing above it takes children");
        }

        if (lines.Count > 0 && lines[0].Column != 0)
        {
            throw Garbled(lines[0], "the first entry is indented");
        }

        return top;
    }

    private static List<RawLine> Classify(string text)
    {
        var result = new List<RawLine>();
        var number = 0;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            number++;
            if (raw.Trim().Length == 0)
            {
                continue;
            }

            var line = raw.TrimEnd();
            var kind = Classes.FirstOrDefault(c => c.Pattern().IsMatch(line));
            if (kind.Pattern is null)
            {
                throw new FormatException($"info output, line {number}: '{Shown(line)}' is neither 'key: value' nor a '- ' item");
            }

            var m = kind.Pattern().Match(line);
            result.Add(new RawLine(number, m.Groups["indent"].Length, kind.Kind, m.Groups["key"].Value.Trim(), m.Groups["value"].Value.Trim()));
        }

        return result;
    }

    /// <summary>The entries that start at <paramref name="column"/>, from <paramref name="at"/> on, with what is indented under each.</summary>
    private static List<InfoNode> Block(List<RawLine> lines, ref int at, int column, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Garbled(lines[at], "nested deeper than any info output");
        }

        var nodes = new List<InfoNode>();
        while (at < lines.Count && lines[at].Column == column)
        {
            var line = lines[at++];
            switch (line.Kind)
            {
                case LineKind.Pair:
                    nodes.Add(Pair(lines, ref at, line.Key, line.Value, line, column, depth));
                    break;
                case LineKind.ItemScalar:
                    nodes.Add(new InfoNode(null, line.Value, Deeper(lines, ref at, column, depth), line.Number));
                    break;
                default:
                    // "- key: value" opens a mapping whose other pairs line up under the key.
                    var inner = column + 2;
                    var first = Pair(lines, ref at, line.Key, line.Value, line, inner, depth + 1);
                    var rest = at < lines.Count && lines[at].Column == inner && lines[at].Kind == LineKind.Pair
                        ? Block(lines, ref at, inner, depth + 1)
                        : [];
                    nodes.Add(new InfoNode(null, "", [first, .. rest], line.Number));
                    break;
            }
        }

        if (at < lines.Count && lines[at].Column > column && nodes.Count > 0)
        {
            throw Garbled(lines[at], "indented where nothing above it takes children");
        }

        return nodes;
    }

    private static InfoNode Pair(List<RawLine> lines, ref int at, string key, string value, RawLine line, int column, int depth)
    {
        var children = value.Length == 0 ? Deeper(lines, ref at, column, depth) : [];
        return new InfoNode(key, value, children, line.Number);
    }

    /// <summary>The block indented under an entry at <paramref name="column"/>, if the next line is deeper.</summary>
    private static List<InfoNode> Deeper(List<RawLine> lines, ref int at, int column, int depth) =>
        at < lines.Count && lines[at].Column > column ? Block(lines, ref at, lines[at].Column, depth + 1) : [];

    private static FormatException Garbled(RawLine line, string why) =>
        new($"info output, line {line.Number}: {why} (column {line.Column})");

    private static string Shown(string line)
    {
        var clean = Text.UntrustedText.Line(line);
        return clean.Length > 60 ? clean[..60] + "…" : clean;
    }
}

using System.Collections;
using System.Text;

namespace GntTui.Simulator;

/// <summary>
/// cli.PrintGenericInfo's layout: "key: value" pairs, "- " list items, two spaces per level, and a
/// trailing space after a key whose value goes on the following lines.
/// </summary>
internal static class GenericInfoWriter
{
    private const string Indent = "  ";

    public static void Write(StringBuilder sb, object? data, int level, bool afterKey)
    {
        switch (data)
        {
            case IReadOnlyList<KeyValuePair<string, object?>> pairs:
                WritePairs(sb, pairs, level, afterKey);
                break;
            case IDictionary<string, object?> dict:
                WritePairs(sb, [.. dict], level, afterKey);
                break;
            case string text:
                sb.Append(text).Append('\n');
                break;
            case IEnumerable list:
                WriteList(sb, list.Cast<object?>().ToList(), level, afterKey);
                break;
            default:
                sb.Append(Scalar(data)).Append('\n');
                break;
        }
    }

    public static string Scalar(object? value) => value switch
    {
        null => "None",
        bool b => GanetiFormat.PyBool(b),
        long l => GanetiFormat.Num(l),
        int i => GanetiFormat.Num(i),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static void WritePairs(StringBuilder sb, IReadOnlyList<KeyValuePair<string, object?>> pairs, int level, bool afterKey)
    {
        if (pairs.Count == 0)
        {
            sb.Append('\n');
            return;
        }
        if (afterKey)
        {
            sb.Append('\n');
        }
        var indent = afterKey;
        foreach (var (key, value) in pairs)
        {
            if (indent)
            {
                AppendIndent(sb, level);
            }
            indent = true;
            sb.Append(key).Append(": ");
            Write(sb, value, level + 1, afterKey: true);
        }
    }

    private static void WriteList(StringBuilder sb, List<object?> items, int level, bool afterKey)
    {
        if (items.Count == 0)
        {
            sb.Append('\n');
            return;
        }
        if (afterKey)
        {
            sb.Append('\n');
        }
        var indent = afterKey;
        foreach (var item in items)
        {
            if (indent)
            {
                AppendIndent(sb, level);
            }
            indent = true;
            sb.Append("- ");
            Write(sb, item, level + 1, afterKey: false);
        }
    }

    private static void AppendIndent(StringBuilder sb, int level)
    {
        for (var i = 0; i < level; i++)
        {
            sb.Append(Indent);
        }
    }
}

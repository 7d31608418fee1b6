namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>Reads <see cref="GanetiQueries.NodeList"/> output.</summary>
public sealed class NodeListParser : SeparatedListParser<GanetiNode>
{
    protected override int FieldCount => GanetiQueries.NodeFields.Count;

    protected override string What => "node list";

    public static NodeRole ParseRole(string raw) => raw switch
    {
        "M" => NodeRole.Master,
        "C" => NodeRole.Candidate,
        "R" => NodeRole.Regular,
        "D" => NodeRole.Drained,
        "O" => NodeRole.Offline,
        _ => NodeRole.Unknown,
    };

    protected override string? TryParseRow(string[] f, out GanetiNode? row)
    {
        row = null;
        if (!NameValidator.IsValidHostname(f[0]))
        {
            return "invalid node name";
        }
        if (!FieldParser.TryBool(f[2], out var offline) || !FieldParser.TryBool(f[3], out var drained) || !FieldParser.TryBool(f[4], out var candidate))
        {
            return "a Y/N field holds something else";
        }
        if (!FieldParser.TryLong(f[5], out var mtotal) || !FieldParser.TryLong(f[6], out var mnode) || !FieldParser.TryLong(f[7], out var mfree)
            || !FieldParser.TryLong(f[8], out var dtotal) || !FieldParser.TryLong(f[9], out var dfree))
        {
            return "a size field is not a number";
        }
        if (!FieldParser.TryInt(f[10], out var pinst) || !FieldParser.TryInt(f[11], out var sinst))
        {
            return "an instance count is not a number";
        }
        row = new GanetiNode(
            f[0], ParseRole(f[1]), offline.Value, drained.Value, candidate.Value,
            mtotal, mnode, mfree, dtotal, dfree,
            pinst.HasValue ? pinst.Value : 0, sinst.HasValue ? sinst.Value : 0, f[12]);
        return null;
    }
}

namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>Reads <see cref="GanetiQueries.InstanceList"/> output.</summary>
public sealed class InstanceListParser : SeparatedListParser<GanetiInstance>
{
    protected override int FieldCount => GanetiQueries.InstanceFields.Count;

    protected override string What => "instance list";

    public static InstanceStatus ParseStatus(string raw) => raw switch
    {
        "running" => InstanceStatus.Running,
        "ADMIN_down" => InstanceStatus.AdminDown,
        "ADMIN_offline" => InstanceStatus.AdminOffline,
        "ERROR_down" => InstanceStatus.ErrorDown,
        "ERROR_up" => InstanceStatus.ErrorUp,
        "ERROR_nodedown" => InstanceStatus.ErrorNodeDown,
        "ERROR_nodeoffline" => InstanceStatus.ErrorNodeOffline,
        "ERROR_wrongnode" => InstanceStatus.ErrorWrongNode,
        "USER_down" => InstanceStatus.UserDown,
        _ => InstanceStatus.Unknown,
    };

    protected override string? TryParseRow(string[] f, out GanetiInstance? row)
    {
        row = null;
        if (!NameValidator.IsValidHostname(f[0]))
        {
            return "invalid instance name";
        }
        if (!FieldParser.TryBool(f[2], out var operState))
        {
            return "oper_state is not Y/N";
        }
        if (!FieldParser.TryLong(f[7], out var memory) || !FieldParser.TryInt(f[8], out var vcpus) || !FieldParser.TryLong(f[9], out var operRam))
        {
            return "memory or vcpus is not a number";
        }
        row = new GanetiInstance(
            f[0], ParseStatus(f[1]), f[1], operState, f[3], f[4], FieldParser.NameList(f[5]), f[6], memory, vcpus, operRam);
        return null;
    }
}

namespace GntTui.Simulator;

/// <summary>One cluster-verify complaint, printed under its section as ERROR or WARNING.</summary>
internal sealed record SimVerifyFinding(string Section, bool IsWarning, string Code, string ObjectType, string ObjectName, string Message)
{
    public string Format(bool errorCodes, ISet<string> ignored)
    {
        var severity = IsWarning || ignored.Contains(Code) ? "WARNING" : "ERROR";
        return errorCodes
            ? $"  - {severity}:{Code}:{ObjectType}:{ObjectName}:{Message}"
            : $"  - {severity}: {ObjectType} {ObjectName}: {Message}";
    }
}

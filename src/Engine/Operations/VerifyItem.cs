namespace GntTui.Engine.Operations;

/// <summary>One finding of <c>gnt-cluster verify</c>, with what to jump to.</summary>
public sealed record VerifyItem(VerifySeverity Severity, string Code, VerifyObjectKind ObjectKind, string ObjectName, string Message)
{
    /// <summary>There is a node or instance row to go to.</summary>
    public bool CanJump => ObjectKind is VerifyObjectKind.Node or VerifyObjectKind.Instance && ObjectName.Length > 0;
}

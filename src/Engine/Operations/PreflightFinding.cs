namespace GntTui.Engine.Operations;

/// <summary>One thing the pre-flight found, with a stable code (see <see cref="PreflightCodes"/>) and a sentence for the operator.</summary>
public sealed record PreflightFinding(PreflightSeverity Severity, string Code, string Message)
{
    public static PreflightFinding Blocker(string code, string message) => new(PreflightSeverity.Blocker, code, message);

    public static PreflightFinding Warning(string code, string message) => new(PreflightSeverity.Warning, code, message);

    public static PreflightFinding Info(string code, string message) => new(PreflightSeverity.Info, code, message);
}

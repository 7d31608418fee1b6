namespace GntTui.Engine.Operations;

public enum VerifySeverity
{
    /// <summary>"- NOTICE: 2 non-redundant instance(s) found."</summary>
    Notice,
    /// <summary>A warning, or an error demoted by <c>--ignore-errors</c>.</summary>
    Warning,
    Error,
}

namespace GntTui.Engine.Ganeti;

/// <summary>A Ganeti-level failure, carrying Ganeti's own message (its last words, not ours).</summary>
public sealed class GanetiException : Exception
{
    public GanetiException(GanetiErrorKind kind, string message, string? errorType = null, int exitCode = 0, string? rawOutput = null)
        : base(message)
    {
        Kind = kind;
        ErrorType = errorType;
        ExitCode = exitCode;
        RawOutput = rawOutput;
    }

    public GanetiErrorKind Kind { get; }

    /// <summary>Ganeti's error type ("wrong_state", "environment_error"), when it gave one.</summary>
    public string? ErrorType { get; }

    public int ExitCode { get; }

    public string? RawOutput { get; }
}

namespace GntTui.Engine.Remote;

/// <summary>A transport or protocol failure, carrying the remote side's own words.</summary>
public sealed class RemoteShellException : Exception
{
    public RemoteShellException(RemoteFailure failure, string message, string? detail = null, Exception? inner = null)
        : base(message, inner)
    {
        Failure = failure;
        Detail = detail;
    }

    public RemoteFailure Failure { get; }

    /// <summary>Raw stderr or output the message was derived from, for the log.</summary>
    public string? Detail { get; }
}

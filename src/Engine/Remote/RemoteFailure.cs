namespace GntTui.Engine.Remote;

/// <summary>Why a remote command could not be run at all, as an operator would name it.</summary>
public enum RemoteFailure
{
    ConnectionRefused,
    HostUnreachable,
    HostKeyVerificationFailed,
    AuthenticationFailed,
    Timeout,
    ConnectionDropped,
    NotMaster,
    CommandNotFound,
    Unparseable,
    OutputTooLarge,
    Other,
}

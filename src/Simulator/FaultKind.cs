namespace GntTui.Simulator;

/// <summary>Transport troubles a simulated shell can be made to show.</summary>
public enum FaultKind
{
    /// <summary>The command never answers: RunAsync throws a Timeout, a stream waits until cancelled.</summary>
    Hang,
    /// <summary>The SSH connection breaks (after some stream lines): ConnectionDropped.</summary>
    DropConnection,
    /// <summary>Exit 0 with bytes that are no Ganeti output at all.</summary>
    Garbage,
    /// <summary>The host cannot be reached: HostUnreachable.</summary>
    Unreachable,
    /// <summary>The command answers, but only after a delay.</summary>
    Latency,
}

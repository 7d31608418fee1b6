using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Operations;

/// <summary>One job of a runbook step: what it does, and (once sent) its audit row, job and end.</summary>
public sealed record RunbookAction(RunbookActionKind Kind, string Target, string? TargetNode = null)
{
    public RunbookActionState State { get; init; } = RunbookActionState.Planned;

    /// <summary>The exact command line, once sent.</summary>
    public string? Command { get; init; }

    /// <summary>The newest audit id when this was sent: its own row is newer (how a crash mid-send is sorted out).</summary>
    public long? SentAfterAuditId { get; init; }

    public long? AuditId { get; init; }
    public long? JobId { get; init; }

    /// <summary>Ganeti's message when it failed, or why it was not sent.</summary>
    public string? Message { get; init; }

    public string? LastLine { get; init; }

    public bool IsFinished => State is RunbookActionState.Succeeded or RunbookActionState.Failed or RunbookActionState.Canceled
        or RunbookActionState.Refused or RunbookActionState.SubmitFailed or RunbookActionState.Unknown;

    public GanetiOperation ToOperation(string reason) => Kind switch
    {
        RunbookActionKind.Drain => new NodeSetDrained(Target, true, reason),
        RunbookActionKind.Undrain => new NodeSetDrained(Target, false, reason),
        RunbookActionKind.Migrate => new InstanceMigrate(Target, reason, TargetNode),
        RunbookActionKind.Failover => new InstanceFailover(Target, reason, TargetNode),
        _ => new InstanceReplaceDisks(Target, ReplaceDisksMode.NewSecondary, reason, iallocator: "hail"),
    };

    /// <summary>A sentence for the step's list: "migrate inst1", "fail over inst4 to node2".</summary>
    public string Describe() => Kind switch
    {
        RunbookActionKind.Drain => "drain " + NodeNames.Short(Target),
        RunbookActionKind.Undrain => "undrain " + NodeNames.Short(Target),
        RunbookActionKind.Migrate => "migrate " + NodeNames.Short(Target) + To,
        RunbookActionKind.Failover => "fail over " + NodeNames.Short(Target) + To,
        _ => "new secondary for " + NodeNames.Short(Target),
    };

    private string To => TargetNode is null ? "" : " to " + NodeNames.Short(TargetNode);
}

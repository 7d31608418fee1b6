namespace GntTui.Engine.Store;

/// <summary>What an audit row's status means, for every display of it (the console's audit view, <c>gnt-tui audit</c>).</summary>
public enum AuditStanding
{
    /// <summary>Being sent, or sent and not ended yet.</summary>
    Open,

    /// <summary>The job succeeded (or, for DRBD history, the event was observed).</summary>
    Succeeded,

    /// <summary>Nothing happened to the cluster: canceled, or refused before it was sent.</summary>
    Quiet,

    /// <summary>The job failed, or sending it did.</summary>
    Failed,
}

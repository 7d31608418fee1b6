namespace GntTui.EndToEnd.Tests;

/// <summary>The columns of a <c>gnt-tui audit --json</c> row these tests check.</summary>
internal sealed class AuditRow
{
    /// <summary>The profile (or the demo's key) the operation was sent to.</summary>
    public string Cluster { get; init; } = "";

    public string Verb { get; init; } = "";

    public string Target { get; init; } = "";

    public string Command { get; init; } = "";

    public long? JobId { get; init; }

    public string Status { get; init; } = "";

    public string? Message { get; init; }
}

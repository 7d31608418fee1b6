namespace GntTui.Engine.Store;

/// <summary>One audited operation: who, where, the exact command, why, and how it ended.</summary>
public sealed record AuditEntry(
    long Id,
    string Cluster,
    string Operator,
    string Verb,
    string Target,
    string Command,
    string Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    long? JobId,
    DateTimeOffset? FinishedAt,
    string Status,
    string? Message,
    string? LastLines);

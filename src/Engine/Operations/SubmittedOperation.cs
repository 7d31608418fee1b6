using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Engine.Operations;

/// <summary>An operation that Ganeti accepted: its audit row and its job.</summary>
public sealed record SubmittedOperation(GanetiOperation Operation, long AuditId, long JobId, string Command);

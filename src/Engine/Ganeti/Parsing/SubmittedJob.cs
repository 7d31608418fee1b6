namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>One job a <c>--submit</c> printed: its id, and the name it was queued for when Ganeti says.</summary>
public sealed record SubmittedJob(long Id, string? Name);

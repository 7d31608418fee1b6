namespace GntTui.Engine.Operations;

/// <summary>An instance the runbook moved off the node, to be moved back after the maintenance.</summary>
public sealed record MovedInstance(string Name, RunbookActionKind How);

namespace GntTui.Engine.Operations;

/// <summary>Answers given up front.</summary>
public sealed record RunbookOptions(bool EvacuateSecondaries = false);

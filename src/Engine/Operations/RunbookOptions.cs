namespace GntTui.Engine.Operations;

/// <summary>Answers given up front. <paramref name="PauseWatcher"/>: the runbook pauses the watcher first and continues it at its end (only a pause it set).</summary>
public sealed record RunbookOptions(bool EvacuateSecondaries = false, bool PauseWatcher = false);

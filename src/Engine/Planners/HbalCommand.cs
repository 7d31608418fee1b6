namespace GntTui.Engine.Planners;

/// <summary>
/// One command of a job as hbal printed it, without its <c>gnt-instance</c> prefix. hbal prints
/// names with the cluster's common suffix stripped (<c>inst3</c>, <c>node3</c>); <see cref="Node"/>
/// is the target (<c>-n</c>) or null for a DRBD migrate/failover to the secondary.
/// </summary>
public sealed record HbalCommand(HbalVerb Verb, string Instance, string? Node, string Text);

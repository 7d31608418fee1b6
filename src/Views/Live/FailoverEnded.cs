using GntTui.Engine.Operations;

namespace GntTui.Views.Live;

/// <summary>The failover was sent (or refused by the Engine): what to say, and whom to follow.</summary>
internal sealed record FailoverEnded(MasterFailoverCheck Check, MasterFailoverOutcome Outcome);

namespace GntTui.Views.Live;

/// <summary>
/// A message from one cluster's session, stamped with which console it was for: after a switch,
/// what the previous session had already queued is dropped, never shown as the new cluster's.
/// </summary>
internal sealed record SessionMessage(int Generation, object Payload);

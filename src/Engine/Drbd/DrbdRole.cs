namespace GntTui.Engine.Drbd;

/// <summary>
/// A DRBD role: the live one from the kernel (<c>ro:</c>/<c>st:</c>), or the configured one Ganeti
/// reports in <c>gnt-node list-drbd</c>. Unknown covers DRBD's own "Unknown" (peer not connected)
/// as well as text we could not read.
/// </summary>
public enum DrbdRole
{
    Unknown,
    Primary,
    Secondary,
}

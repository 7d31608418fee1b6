namespace GntTui.Simulator;

/// <summary>An instance's configured state (Ganeti's admin_state): what it should be doing.</summary>
public enum SimAdminState
{
    Up,
    Down,
    Offline,
}

namespace GntTui.Simulator;

public enum SimDrbdRole
{
    Secondary,
    Primary,
}

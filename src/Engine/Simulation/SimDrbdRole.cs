namespace GntTui.Engine.Simulation;

public enum SimDrbdRole
{
    Secondary,
    Primary,
}

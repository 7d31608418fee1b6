namespace GntTui.Engine.Ganeti;

/// <summary>The <c>status</c> field of an instance (see formats/GANETI.md).</summary>
public enum InstanceStatus
{
    Unknown,
    Running,
    AdminDown,
    AdminOffline,
    ErrorDown,
    ErrorUp,
    ErrorNodeDown,
    ErrorNodeOffline,
    ErrorWrongNode,
    UserDown,
}

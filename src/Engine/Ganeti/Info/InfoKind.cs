namespace GntTui.Engine.Ganeti.Info;

/// <summary>Which <c>info</c> command an answer came from.</summary>
public enum InfoKind
{
    Instance,
    Node,
}

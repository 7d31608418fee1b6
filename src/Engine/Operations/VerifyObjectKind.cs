namespace GntTui.Engine.Operations;

/// <summary>What a verify finding is about (its <c>objtype</c>), which says which view to jump to.</summary>
public enum VerifyObjectKind
{
    Cluster,
    Node,
    Instance,
    Group,
    Other,
}

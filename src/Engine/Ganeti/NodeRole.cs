namespace GntTui.Engine.Ganeti;

/// <summary>The <c>role</c> field: M, C, R, D, O.</summary>
public enum NodeRole
{
    Unknown,
    Master,
    Candidate,
    Regular,
    Drained,
    Offline,
}

namespace GntTui.Views.Screens.Common;

/// <summary>The lists the console shows, in the order of their number keys (1–8).</summary>
public enum ViewKind
{
    Nodes,
    Instances,
    Drbd,
    Jobs,
    Verify,
    Audit,
    Runbooks,
    Clusters,
}

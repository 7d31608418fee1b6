namespace GntTui.Views.Screens.Common;

/// <summary>The lists the console shows, in the order of their number keys (1–9, 0).</summary>
public enum ViewKind
{
    Nodes,
    Instances,
    Drbd,
    Jobs,
    Verify,
    Audit,
    Runbooks,
    Balance,
    Roll,
    Clusters,
}

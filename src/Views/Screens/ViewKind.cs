namespace GntTui.Views.Screens;

/// <summary>The resource lists the console shows, in the order of their number keys (1–4).</summary>
public enum ViewKind
{
    Nodes,
    Instances,
    Drbd,
    Jobs,
}

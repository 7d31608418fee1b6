namespace GntTui.Views.Widgets;

public enum ColumnAlign
{
    Left,

    /// <summary>For numbers, so digits line up.</summary>
    Right,
}

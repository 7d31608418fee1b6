namespace GntTui.Views.Widgets;

/// <summary>Something that moves through its lines (a table's selection, a pane's scroll) by <see cref="ScrollCommand"/>.</summary>
public interface IScrollable
{
    void Scroll(ScrollCommand command);
}

using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// One resource list (nodes, instances, DRBD disks, jobs): its rows, filter, sort and selection,
/// which live as long as the console so they survive snapshots and view switches.
/// </summary>
internal interface IResourceView
{
    ViewKind Kind { get; }

    string Title { get; }

    /// <summary>This view's own bindings (open, sort, toggles), layered over the shared ones.</summary>
    KeyMap Keys { get; }

    Table Table { get; }

    RowFilter Filter { get; }

    /// <summary>Rows before the filter.</summary>
    int TotalCount { get; }

    /// <summary>Rows after the filter and toggles.</summary>
    int ShownCount { get; }

    /// <summary>A toggle in force, for the title line ("only unhealthy"); null for none.</summary>
    string? Note { get; }

    /// <summary>Shows clocks that move (a running job's duration, verify's "running for"): every tick repaints it.</summary>
    bool Ticks { get; }

    /// <summary>Takes new data; rows are rebuilt the next time the view is looked at.</summary>
    void Update(ConsoleData data);

    void SetFilter(RowFilter filter);

    /// <summary>Esc on the list: clears the filter first, then the marks; false when there was neither.</summary>
    bool ClearOne();

    /// <summary>Runs a view command (sort, toggle); false when the command is not this view's.</summary>
    bool RunCommand(string command);

    /// <summary>Selects the row with this key, clearing a filter that hides it; false when no row has it.</summary>
    bool Reveal(string key);

    /// <summary>Every field of the object with this key; null when it is gone.</summary>
    DetailContent? Describe(string key);

    /// <summary>Brings rows, filter and sort up to date (cheap when nothing changed).</summary>
    void Refresh();

    /// <summary>The view comes to the front: rows brought up to date, and the newest shown where the view follows it.</summary>
    void Shown();

    void Render(Screen screen, Rect area, Theme theme);
}

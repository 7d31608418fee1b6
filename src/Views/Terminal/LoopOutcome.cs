namespace GntTui.Views.Terminal;

/// <summary>What a handler tells the loop after an event.</summary>
public enum LoopOutcome
{
    /// <summary>Nothing visible changed: no frame.</summary>
    Unchanged,

    /// <summary>State changed: paint a frame (throttled).</summary>
    Redraw,

    /// <summary>Clear the terminal and paint everything again (Ctrl+L), as after a resize.</summary>
    Repaint,

    /// <summary>Leave the loop.</summary>
    Quit,
}

namespace GntTui.Engine.Drbd;

/// <summary>The verb that starts an events2 line.</summary>
public enum Events2Action
{
    /// <summary>A verb we do not know; the line is ignored with a note.</summary>
    Unknown,
    /// <summary>Part of the initial state dump (<c>exists -</c> ends it).</summary>
    Exists,
    Create,
    Change,
    Destroy,
    Rename,
    /// <summary>A handler (helper script) was called.</summary>
    Call,
    /// <summary>A handler returned.</summary>
    Response,
}

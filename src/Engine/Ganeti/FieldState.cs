namespace GntTui.Engine.Ganeti;

/// <summary>Ganeti's special field values: a field that is not a value must never become a number.</summary>
public enum FieldState
{
    /// <summary>A real value.</summary>
    Ok,
    /// <summary><c>*</c>: the node is offline.</summary>
    Offline,
    /// <summary><c>?</c>: no data (node did not answer).</summary>
    NoData,
    /// <summary><c>-</c>: not available (e.g. oper_ram of a stopped instance).</summary>
    Unavailable,
    /// <summary><c>??</c>: unknown field.</summary>
    Unknown,
}

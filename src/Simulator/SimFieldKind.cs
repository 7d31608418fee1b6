namespace GntTui.Simulator;

/// <summary>Ganeti's query field types (QFT_*), which decide formatting and alignment.</summary>
internal enum SimFieldKind
{
    Text,
    Bool,
    Number,
    /// <summary>A size in MiB: plain with a separator, human (623M, 252.0G) in tables.</summary>
    Unit,
    Other,
}

namespace GntTui.Engine.Simulation;

internal enum ShNodeKind
{
    Command,
    List,
    While,
}

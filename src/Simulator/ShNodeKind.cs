namespace GntTui.Simulator;

internal enum ShNodeKind
{
    Command,
    List,
    While,
}

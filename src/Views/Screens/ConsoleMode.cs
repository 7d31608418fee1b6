namespace GntTui.Views.Screens;

/// <summary>What fills the body: a resource list, one object's fields, or a followed job's log.</summary>
internal enum ConsoleMode
{
    List,
    Detail,
    JobLog,
}

namespace GntTui.Views.Screens.Shell;

/// <summary>What fills the body: a resource list, one object's fields, a followed job's log, a multi-select's jobs, or a runbook.</summary>
internal enum ConsoleMode
{
    List,
    Detail,
    JobLog,
    Group,
    Runbook,
}

namespace GntTui.Engine.Ganeti;

public enum GanetiErrorKind
{
    /// <summary>The command ran on a node that is not the master.</summary>
    NotMaster,
    /// <summary>"Cannot communicate with the master daemon" (or the config daemon): the master's daemons are down.</summary>
    NoMasterDaemon,
    /// <summary>"Failure: prerequisites not met for this operation".</summary>
    PrerequisitesNotMet,
    /// <summary>An operation ran and failed.</summary>
    OperationFailed,
    /// <summary>Exit 1 with no output: Ganeti wanted to ask a question and had no terminal.</summary>
    PromptWithoutTerminal,
    /// <summary>The command is not installed on the remote side.</summary>
    CommandNotFound,
    /// <summary>The output was not in the format we know.</summary>
    Unparseable,
    /// <summary>Ganeti accepted the request and found nothing to do (no job was made).</summary>
    NothingToDo,
    /// <summary>The engine is in read-only mode and refused a mutation.</summary>
    ReadOnly,
    /// <summary>The console refused to send text Ganeti cannot take (a reason outside plain ASCII).</summary>
    InvalidInput,
    Other,
}

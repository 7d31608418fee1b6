namespace GntTui.Simulator;

/// <summary>Ganeti's error classes that reach the user, each printed its own way by cli.FormatError.</summary>
public enum SimErrorKind
{
    /// <summary>OpPrereqError: "Failure: prerequisites not met for this operation:".</summary>
    Prereq,
    /// <summary>OpExecError: "Failure: command execution error:".</summary>
    Exec,
    /// <summary>JobLost: "Error checking job status: …".</summary>
    JobLost,
}

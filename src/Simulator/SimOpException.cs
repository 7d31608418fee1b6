using System.Text;

namespace GntTui.Simulator;

/// <summary>
/// An error as Ganeti raises it inside a job or a client: the class, the message and (for
/// prerequisite errors) the error code such as <c>wrong_state</c> or <c>environment_error</c>.
/// </summary>
public sealed class SimOpException : Exception
{
    public SimOpException(SimErrorKind kind, string message, string? errorCode = null)
        : base(message)
    {
        Kind = kind;
        ErrorCode = errorCode;
    }

    public SimErrorKind Kind { get; }

    /// <summary>ECODE_* text: wrong_input, wrong_state, environment_error, insufficient_resources, unknown_entity, …</summary>
    public string? ErrorCode { get; }

    public static SimOpException Prereq(string message, string errorCode) => new(SimErrorKind.Prereq, message, errorCode);

    public static SimOpException Exec(string message) => new(SimErrorKind.Exec, message);

    /// <summary>The Python class name as gnt-job info prints it in the opcode result.</summary>
    public string ClassName => Kind switch
    {
        SimErrorKind.Prereq => "OpPrereqError",
        SimErrorKind.Exec => "OpExecError",
        _ => "JobLost",
    };

    /// <summary>cli.FormatError's text, without a trailing newline.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        switch (Kind)
        {
            case SimErrorKind.Prereq:
                sb.Append("Failure: prerequisites not met for this operation:\n");
                if (ErrorCode is not null)
                {
                    sb.Append("error type: ").Append(ErrorCode).Append(", error details:\n");
                }
                sb.Append(Message);
                break;
            case SimErrorKind.Exec:
                sb.Append("Failure: command execution error:\n").Append(Message);
                break;
            default:
                sb.Append("Error checking job status: ").Append(Message);
                break;
        }
        return sb.ToString();
    }
}

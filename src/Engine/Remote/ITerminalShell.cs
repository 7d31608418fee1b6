namespace GntTui.Engine.Remote;

/// <summary>
/// A shell that can run a command on a terminal and type an answer into it. Ganeti's yes/no
/// prompts read the terminal, and without one they silently answer "no"; a few questions
/// (<c>failover --ignore-consistency</c>) are asked even with <c>-f</c>.
/// </summary>
public interface ITerminalShell
{
    /// <summary>
    /// Runs argv on a terminal with <paramref name="answer"/> typed ahead. A terminal has one
    /// stream: the command's stdout and stderr both arrive in Stdout, with the echoed answer and
    /// the question, line endings normalised to <c>\n</c>.
    /// </summary>
    Task<CommandResult> RunWithTerminalAsync(IReadOnlyList<string> argv, string answer, TimeSpan timeout, CancellationToken ct);
}

using System.Text.RegularExpressions;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>
/// Maps a failed command's output to a <see cref="GanetiException"/> that carries Ganeti's own
/// message, e.g. "Failure: prerequisites not met…\nerror type: wrong_state, error details:\nInstance's
/// disk layout 'file' does not allow migrations".
/// </summary>
public static partial class GanetiErrorParser
{
    [GeneratedRegex(@"^error type:\s*(?<type>[a-z_]+), error details:\s*$", RegexOptions.Multiline)]
    private static partial Regex ErrorTypePattern();

    public static GanetiException FromResult(CommandResult result, string command)
    {
        var text = (result.Stderr + "\n" + result.Stdout).Replace("\r", "", StringComparison.Ordinal).Trim();
        var details = Details(text);
        var errorType = ErrorTypePattern().Match(text) is { Success: true } m ? m.Groups["type"].Value : null;

        if (text.Contains("This is not the master node", StringComparison.Ordinal))
        {
            return new GanetiException(GanetiErrorKind.NotMaster, details ?? FirstLine(text), errorType, result.ExitCode, text);
        }
        // lib/cli.py FormatError: NoMasterError, or a TimeoutError while connecting (the lab's answer with luxid stopped).
        if (text.Contains("Cannot communicate with the master daemon", StringComparison.Ordinal) || text.Contains("Cannot communicate with the config daemon", StringComparison.Ordinal)
            || text.Contains("Timeout while talking to the master daemon", StringComparison.Ordinal) && text.Contains("Connect timed out", StringComparison.Ordinal))
        {
            return new GanetiException(GanetiErrorKind.NoMasterDaemon, FirstLine(text), errorType, result.ExitCode, text);
        }
        if (result.ExitCode == 127 || text.Contains("command not found", StringComparison.Ordinal) || text.Contains("No such file or directory", StringComparison.Ordinal) && text.Contains(command, StringComparison.Ordinal))
        {
            return new GanetiException(GanetiErrorKind.CommandNotFound, $"{command}: not found on the remote side ({FirstLine(text)})", null, result.ExitCode, text);
        }
        if (text.StartsWith("Failure: prerequisites not met", StringComparison.Ordinal))
        {
            return new GanetiException(GanetiErrorKind.PrerequisitesNotMet, details ?? FirstLine(text), errorType, result.ExitCode, text);
        }
        if (text.Length == 0 && result.ExitCode == 255)
        {
            // ssh's answer for both: the remote command exited 255, or a signal killed it (exit-signal).
            return new GanetiException(GanetiErrorKind.OperationFailed,
                $"{command} exited 255 without a word, or was killed by a signal (ssh reports both as 255); the connection is still up", null, result.ExitCode, text);
        }
        if (text.Length == 0 && result.ExitCode > 128)
        {
            return new GanetiException(GanetiErrorKind.OperationFailed,
                $"{command} was killed by signal {result.ExitCode - 128}", null, result.ExitCode, text);
        }
        if (text.Length == 0)
        {
            // Ganeti's yes/no prompt reads the terminal; with none it answers "no" and exits 1 silently.
            return new GanetiException(GanetiErrorKind.PromptWithoutTerminal,
                $"{command} exited {result.ExitCode} without a word (Ganeti asked a question and had no terminal to ask it on)", null, result.ExitCode, text);
        }
        return new GanetiException(GanetiErrorKind.OperationFailed, details ?? LastMeaningfulLines(text), errorType, result.ExitCode, text);
    }

    /// <summary>The lines after "error details:", Ganeti's actual reason.</summary>
    private static string? Details(string text)
    {
        var m = ErrorTypePattern().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var rest = text[(m.Index + m.Length)..].Trim();
        return rest.Length == 0 ? null : rest;
    }

    private static string FirstLine(string text)
    {
        var nl = text.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? text : text[..nl];
    }

    private static string LastMeaningfulLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join('\n', lines.TakeLast(3));
    }
}

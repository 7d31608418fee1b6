using Spectre.Console;

namespace GntTui.Views.Print;

/// <summary>
/// Where <c>status</c>, <c>audit</c> and <c>drbd --replay</c> write: plain text, no escape codes, when the
/// output is a file or a pipe or <c>NO_COLOR</c> is set (https://no-color.org); colours only on a terminal.
/// Spectre alone decides from <c>TERM</c>, so a pipe from an xterm got colour codes.
/// </summary>
public static class ScriptOutput
{
    /// <summary>Piped output has no terminal width to respect, and wrapped rows are useless there.</summary>
    public const int RedirectedWidth = 200;

    public static IAnsiConsole Create(TextWriter writer, bool redirected, string? noColor)
    {
        var plain = redirected || !string.IsNullOrEmpty(noColor);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }

    /// <summary>This process's stdout, judged as above.</summary>
    public static IAnsiConsole Standard() =>
        Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Points Spectre's shared console at this process's stdout, judged as above.</summary>
    public static void UseStandardOutput() => AnsiConsole.Console = Standard();
}

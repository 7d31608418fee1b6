using System.Globalization;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Planners;

/// <summary>
/// What htools programs share: the warnings they print on stderr (CLI.hs: "Warning: cluster has
/// inconsistent data:" and its indented lines), their failures in their own words, numbers in the C locale.
/// </summary>
public static class HtoolsOutput
{
    /// <summary>stderr's lines worth showing, warnings block included, blank lines left out.</summary>
    public static IReadOnlyList<string> Warnings(string stderr) =>
        [.. (stderr ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0)];

    /// <summary>
    /// A failed run as a <see cref="GanetiException"/> carrying what the program said (the lines after
    /// its data warnings, "Error: Aborting." included); 127 is "not installed".
    /// </summary>
    public static GanetiException Failure(CommandResult result, string program)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.ExitCode == 127)
        {
            return GanetiErrorParser.FromResult(result, program);
        }

        var said = Warnings(result.Stderr).Where(l => !l.StartsWith("Warning: cluster has inconsistent data", StringComparison.Ordinal) && !l.StartsWith("  - node ", StringComparison.Ordinal))
            .TakeWhile(l => !l.StartsWith("Usage: ", StringComparison.Ordinal) && !l.StartsWith(program + " (ganeti)", StringComparison.Ordinal))
            .ToList();
        var text = said.Count > 0 ? string.Join(" ", said.Select(l => l.Trim())) : $"{program} exited {result.ExitCode}";
        return new GanetiException(GanetiErrorKind.OperationFailed, text, null, result.ExitCode, (result.Stderr + "\n" + result.Stdout).Trim());
    }

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public static int Integer(string text) => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);

    /// <summary>An unknown line where only known ones may be: the whole output goes with the exception.</summary>
    public static GanetiException Unparseable(string program, string line, string output) =>
        new(GanetiErrorKind.Unparseable, $"{program} printed a line GntTui does not know: \"{line.Trim()}\"", rawOutput: output);
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>Reads the job id from <c>--submit</c> output ("JobID: 38").</summary>
public static partial class SubmitOutputParser
{
    [GeneratedRegex(@"^JobID:\s*(?<id>\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex JobIdPattern();

    public static long? TryParse(string stdout)
    {
        var m = JobIdPattern().Match(stdout.Replace("\r", "", StringComparison.Ordinal));
        return m.Success && long.TryParse(m.Groups["id"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}

using System.Globalization;

namespace GntTui.Engine.Tests.Ganeti;

/// <summary>
/// One real run of a mutating command against the lab (tests/lab/capture-submit.sh): the argv, its
/// exit code, the final status of each job it queued, stdout and stderr exactly as ssh delivered them.
/// </summary>
internal sealed record SubmitCapture(string Name, string Argv, int ExitCode, IReadOnlyDictionary<long, string> JobStatus, string Stdout, string Stderr)
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ganeti", "submit");

    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);

    public static SubmitCapture Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(Directory, name + ".txt"));
        var outAt = text.IndexOf("--- stdout\n", StringComparison.Ordinal);
        var errAt = text.IndexOf("--- stderr\n", outAt, StringComparison.Ordinal);
        var header = text[..outAt].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var argv = header.Single(l => l.StartsWith("# argv: ", StringComparison.Ordinal))["# argv: ".Length..];
        var exit = int.Parse(header.Single(l => l.StartsWith("# exit: ", StringComparison.Ordinal))["# exit: ".Length..], CultureInfo.InvariantCulture);
        var jobs = header.Where(l => l.StartsWith("# job ", StringComparison.Ordinal))
            .Select(l => l["# job ".Length..].Split(": ", 2))
            .ToDictionary(p => long.Parse(p[0], CultureInfo.InvariantCulture), p => p[1]);
        return new SubmitCapture(name, argv, exit, jobs,
            text[(outAt + "--- stdout\n".Length)..errAt], text[(errAt + "--- stderr\n".Length)..]);
    }
}

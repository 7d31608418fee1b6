namespace GntTui.Engine.Tests.Planners;

/// <summary>
/// Real htools / gnt-cluster outputs (Fixtures/planners, listed with their exact command and exit
/// code in _index.tsv): captured on the lab's master, or from the htools binaries run with -t on
/// Ganeti's own test data.
/// </summary>
internal static class PlannerFixture
{
    private static string Dir => Path.Combine(AppContext.BaseDirectory, "Fixtures", "planners");

    public static string Stdout(string name) => File.ReadAllText(Path.Combine(Dir, name + ".stdout.txt"));

    public static string Stderr(string name) => Path.Combine(Dir, name + ".stderr.txt") is var p && File.Exists(p) ? File.ReadAllText(p) : "";

    public static int ExitCode(string name) =>
        int.Parse(File.ReadAllLines(Path.Combine(Dir, "_index.tsv")).Select(l => l.Split('\t')).First(f => f[0] == name)[1], System.Globalization.CultureInfo.InvariantCulture);
}

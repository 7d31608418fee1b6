namespace GntTui.Engine.Tests.HTools;

/// <summary>Ganeti's own htools test data files (see Fixtures/htools/README.md).</summary>
internal static class HtoolsFixture
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "htools", name));

    public static IEnumerable<string> All() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "htools"), "*.data").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);
}

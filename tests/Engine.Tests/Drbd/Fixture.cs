namespace GntTui.Engine.Tests.Drbd;

/// <summary>Fixture files copied next to the test assembly (Drbd/Fixtures).</summary>
internal static class Fixture
{
    public static readonly DateTimeOffset Time = new(2024, 5, 14, 10, 0, 0, TimeSpan.Zero);

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Drbd", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));

    public static IEnumerable<string> Names(string pattern) =>
        Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Drbd", "Fixtures"), pattern)
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static GntTui.Engine.Drbd.DrbdSample Proc(string name, string node = "node1.example.com") =>
        GntTui.Engine.Drbd.ProcDrbdParser.Parse(Text(name), node, Time);
}

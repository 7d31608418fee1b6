namespace GntTui.Engine.Tests;

/// <summary>Reads test fixtures: real Ganeti 3.0.2 outputs captured from the lab, and our own.</summary>
internal static class Fixture
{
    public static string Ganeti(string prefix)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ganeti");
        var file = Directory.GetFiles(dir, prefix + "-*.txt").Single();
        return File.ReadAllText(file);
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Support;

/// <summary>
/// Compares a screen with tests/Views.Tests/Golden/{name}.txt: a text layer (each row between
/// bars, so trailing spaces survive editors) and a style layer (one letter per cell, with a legend).
/// UPDATE_GOLDEN=1 rewrites the files instead of comparing.
/// </summary>
internal static class GoldenFile
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void Verify(Screen screen, string name, [CallerFilePath] string callerPath = "") =>
        VerifyText(Format(screen), name, callerPath);

    public static void VerifyText(string actual, string name, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(ProjectDirectory(callerPath), "Golden", name + ".txt");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        if (!File.Exists(path))
        {
            Assert.Fail($"golden file {path} is missing; run the tests with UPDATE_GOLDEN=1 to create it.\nActual:\n{actual}");
        }

        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var report = new StringBuilder($"screen differs from golden {name}.txt (UPDATE_GOLDEN=1 re-records):\n");
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<none>";
            var a = i < actualLines.Length ? actualLines[i] : "<none>";
            if (e != a)
            {
                report.Append("line ").Append(i + 1).Append('\n')
                    .Append("  expected: ").Append(e).Append('\n')
                    .Append("  actual:   ").Append(a).Append('\n');
            }
        }

        Assert.Fail(report.ToString());
    }

    public static string Format(Screen screen)
    {
        var sb = new StringBuilder();
        sb.Append("# text ").Append(screen.Width).Append('x').Append(screen.Height).Append('\n');
        for (var y = 0; y < screen.Height; y++)
        {
            sb.Append('|').Append(screen.GetRowText(y)).Append("|\n");
        }

        var legend = new List<CellStyle>();
        sb.Append("# style\n");
        for (var y = 0; y < screen.Height; y++)
        {
            sb.Append('|');
            foreach (var cell in screen.Row(y))
            {
                var index = legend.IndexOf(cell.Style);
                if (index < 0)
                {
                    legend.Add(cell.Style);
                    index = legend.Count - 1;
                }

                sb.Append(index < Letters.Length ? Letters[index] : '?');
            }

            sb.Append("|\n");
        }

        sb.Append("# legend\n");
        for (var i = 0; i < legend.Count; i++)
        {
            sb.Append(i < Letters.Length ? Letters[i] : '?').Append(": ").Append(legend[i]).Append('\n');
        }

        return sb.ToString();
    }

    private static string ProjectDirectory(string callerPath)
    {
        var dir = Path.GetDirectoryName(callerPath);
        while (dir is not null && !File.Exists(Path.Combine(dir, "Views.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException($"cannot find Views.Tests.csproj above {callerPath}");
    }
}

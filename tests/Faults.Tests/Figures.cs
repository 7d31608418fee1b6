using System.Globalization;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests;

/// <summary>
/// Where each fault test leaves its figure (inputs, counts, time, memory): in the test's output and
/// appended to figures.txt beside the tests, which is what docs/RELIABILITY.md quotes.
/// </summary>
public static class Figures
{
    private static readonly Lock Gate = new();

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "figures.txt");

    public static void Record(ITestOutputHelper output, string test, string figure)
    {
        ArgumentNullException.ThrowIfNull(output);
        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:O} {test}: {figure}");
        output.WriteLine(line);
        lock (Gate)
        {
            File.AppendAllText(FilePath, line + "\n");
        }
    }
}

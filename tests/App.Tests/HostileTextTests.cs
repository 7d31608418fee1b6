
namespace GntTui.App.Tests;

/// <summary>Untrusted text (file names, names and messages from the cluster) reaches the terminal without its escape sequences.</summary>
public sealed class HostileTextTests : IDisposable
{
    // Sets the terminal's title, then clears the screen: what a hostile name would do if printed raw.
    private const string Hostile = "evil\u001b]0;pwned\u0007\u001b[2J\u009b6n\u202e";

    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-hostile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Drbd_replay_prints_a_hostile_file_name_without_its_escape_sequences()
    {
        var file = Path.Combine(_dir, Hostile + ".txt");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ganeti-proc-drbd", "proc_drbd83.txt"), file);

        var (exit, stdout, stderr) = await BuiltGntTui.RunAsync("drbd", "--replay", file);

        Assert.True(exit == 0, stderr);
        Assert.Contains("evil", stdout, StringComparison.Ordinal);
        AssertClean(stdout);
        AssertClean(stderr);
    }

    [Fact]
    public async Task A_hostile_file_name_that_cannot_be_read_is_said_without_its_escape_sequences()
    {
        var (exit, stdout, stderr) = await BuiltGntTui.RunAsync("drbd", "--replay", Path.Combine(_dir, Hostile));

        Assert.NotEqual(0, exit);
        Assert.Contains("evil", stderr, StringComparison.Ordinal);
        AssertClean(stdout);
        AssertClean(stderr);
    }

    private static void AssertClean(string text)
    {
        // Spectre's own colour sequences may be there; the hostile ones (title, clear, CSI, bidi override) must not.
        string[] hostile = ["\u001b]0;", "\u0007", "\u001b[2J", "\u009b", "\u202e"];
        var bad = hostile.Where(h => text.Contains(h, StringComparison.Ordinal)).Select(h => string.Join(' ', h.Select(c => $"U+{(int)c:X4}"))).ToList();
        Assert.True(bad.Count == 0, $"hostile sequences reached the terminal: {string.Join(", ", bad)}");
    }
}

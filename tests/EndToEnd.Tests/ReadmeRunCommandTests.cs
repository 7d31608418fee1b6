namespace GntTui.EndToEnd.Tests;

/// <summary>
/// The README's first command, the one that runs the console, typed as it is written: it opens the
/// demo and, after q, leaves the terminal as it found it (`dotnet run` did not: its own process
/// turned application keypad mode back on after the console had restored it).
/// </summary>
public class ReadmeRunCommandTests
{
    [TmuxFact]
    public void The_readmes_run_command_opens_the_demo_and_leaves_the_keypad_modes_as_it_found_them()
    {
        var root = RepositoryRoot();
        var readme = File.ReadAllLines(Path.Combine(root, "README.md"));
        var start = Array.IndexOf(readme, "## The two commands");
        var fence = Array.FindIndex(readme, start, l => l.StartsWith("```", StringComparison.Ordinal));
        var command = readme[fence + 1].Split('#')[0].Trim();
        Assert.Equal("./gnt-tui", command);

        using var tmux = new TmuxSession("", program: $"sh -c \"cd '{root}' && {command}\"");
        var screen = tmux.WaitFor("DEMO", TimeSpan.FromSeconds(180)); // a first build may restore
        Assert.Contains("Nodes [", screen, StringComparison.Ordinal);
        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
        Assert.Equal("0", tmux.Format("#{keypad_flag}"));
        Assert.Equal("0", tmux.Format("#{keypad_cursor_flag}"));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GntTui.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("GntTui.sln not found above " + AppContext.BaseDirectory);
    }
}

namespace GntTui.EndToEnd.Tests;

/// <summary>:ctx in tmux: a config with two demo profiles of different sizes, switched in place and back.</summary>
public sealed class DemoClustersTests
{
    [TmuxFact]
    public void Ctx_switches_between_two_demo_clusters_the_header_and_rows_change_and_each_keeps_its_own_cache()
    {
        var config = Path.Combine(Directory.CreateTempSubdirectory("gnt-tui-e2e-ctx-").FullName, "config.json");
        File.WriteAllText(config, """
            { "defaultCluster": "small", "clusters": [
                { "name": "small", "demo": true },
                { "name": "wide", "demo": true, "demoSize": "nodes=9,instances=30", "demoSeed": 7 }
            ] }
            """);
        using var tmux = new TmuxSession($"--config '{config}'");
        // The header names the profile and its cluster (read once the frame is whole: tmux may catch one mid-write).
        tmux.WaitUntil(s => s.Contains("Nodes [4]", StringComparison.Ordinal) && s.Split('\n')[0].StartsWith(" small · ", StringComparison.Ordinal), "small's header and nodes");

        tmux.SendKeys("0");
        string screen;
        screen = tmux.WaitFor("Clusters [2]");
        Assert.Contains("* small (demo)", screen, StringComparison.Ordinal);
        tmux.WaitUntil(s => s.Contains("wide (demo)", StringComparison.Ordinal) && s.Contains("reachable", StringComparison.Ordinal), "the clusters' states");

        tmux.Type(":ctx wide");
        tmux.SendKeys("Enter");
        screen = tmux.WaitUntil(s => s.Contains("Nodes [9]", StringComparison.Ordinal) && s.Split('\n')[0].StartsWith(" wide · ", StringComparison.Ordinal), "wide's header and nodes");
        Assert.Contains("switched to wide", screen, StringComparison.Ordinal);
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [30]");

        // Back with Enter on the clusters list: small paints again, from its own cache first.
        tmux.SendKeys("0");
        tmux.WaitFor("* wide (demo)");
        tmux.SendKeys("g", "Enter");
        tmux.WaitUntil(s => s.Contains("Nodes [4]", StringComparison.Ordinal) && s.Split('\n')[0].StartsWith(" small · ", StringComparison.Ordinal), "small's header and nodes again");
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [16]");

        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }
}

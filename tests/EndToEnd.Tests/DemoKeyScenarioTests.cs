namespace GntTui.EndToEnd.Tests;

/// <summary>
/// Every view, every key of the help table and each dialog, on the built gnt-tui against the demo, in
/// tmux at both sizes an on-call engineer meets (160x45 and 80x24): the keys a person presses, then
/// what the screen must show. Each scenario leaves with Esc and q, and gnt-tui exits 0.
/// </summary>
public class DemoKeyScenarioTests
{
    /// <summary>name → tmux keys (space-separated key names; ~TEXT waits for TEXT first), the text the screen must show, extra arguments.</summary>
    public static TheoryData<string, string, string, string> Scenarios()
    {
        var data = new TheoryData<string, string, string, string>();
        (string Name, string Keys, string Expect, string Args)[] scenarios =
        [
            ("nodes view", "1", "Nodes [4]", ""),
            ("instances view", "2", "Instances [16]", ""),
            ("drbd view", "3", "DRBD [", ""),
            ("jobs view", "4", "Jobs [", ""),
            ("verify view before a run", "5", "no verify run yet: v runs gnt-cluster verify", ""),
            ("audit view on a new machine", "6", "nothing sent from this machine", ""),
            ("runbooks view with none", "7", "no runbooks: m on a node plans one", ""),
            ("help", "?", "Keys: Nodes", ""),
            ("F1 help", "F1", "Keys: Nodes", ""),
            ("command line lists every command", ":", "leave gnt-tui", ""),
            ("command line switches view", ": i n Enter", "Instances [16]", ""),
            ("regex filter", "2 / i n s t 1 5 Enter", "Instances [1/16]", ""),
            ("verify runs", "v", "gnt-cluster verify", ""),
            ("migrate dialog", "2 m", "Migrate inst1.example.com", ""),
            ("migrate with options", "2 M", "cleanup  ◀ no ▶", ""),
            ("failover dialog", "2 f", "Fail over inst1.example.com", ""),
            ("shutdown dialog", "2 s", "Shut down inst1.example.com", ""),
            ("reboot dialog", "2 r", "Reboot inst1.example.com", ""),
            ("replace-disks dialog", "2 R", "Replace disks of inst1.example.com", ""),
            ("marked rows make one group dialog", "2 Space j Space m", "Migrate 2 instances", ""),
            ("drain dialog", "1 d", "Drain node1.example.com", ""),
            ("offline dialog", "1 o", "Offline node1.example.com", ""),
            ("evacuate dialog knows there is nothing to move", "1 e", "node1 is secondary for no instance", ""),
            ("master candidate dialog", "1 C", "Drop master candidate node1.example.com", ""),
            ("maintenance runbook plan", "1 m", "Maintenance runbook for node1", ""),
            ("migrate all primaries dialog", "1 M", "Migrate all primaries off node1", ""),
            ("node detail", "1 Enter", "master candidate: yes", ""),
            ("drbd only unhealthy", "3 u", "(only unhealthy)", ""),
            ("job log", "4 Enter", "received ", ""),
            ("job detail", "4 i", "summary:", ""),
            ("cancel job dialog", "4 c", "Cancel job", ""),
            ("a key with no meaning says so", "z", "no action on z in Nodes", ""),
            ("read-only refuses an operation key with a word", "2 m", "read-only: migrate not sent", "--read-only"),
            ("read-only badge", "1", "READ-ONLY", "--read-only"),
        ];
        foreach (var (name, keys, expect, args) in scenarios)
        {
            data.Add($"{name} at 160x45", keys, expect, args);
            data.Add($"{name} at 80x24", keys, expect, args);
        }
        return data;
    }

    [TmuxTheory]
    [MemberData(nameof(Scenarios))]
    public void A_key_scenario_on_the_demo_shows_what_it_should(string scenario, string keys, string expect, string args)
    {
        var narrow = scenario.EndsWith("80x24", StringComparison.Ordinal);
        using var tmux = new TmuxSession(("--demo " + args).Trim(), width: narrow ? 80 : 160, height: narrow ? 24 : 45);
        tmux.WaitFor("Nodes [4]");
        foreach (var key in keys.Split(' '))
        {
            if (key.StartsWith('~'))
            {
                tmux.WaitFor(key[1..]);
                continue;
            }

            tmux.SendKeys(key);
        }

        var screen = tmux.WaitFor(expect);
        Assert.Contains("DEMO", screen, StringComparison.Ordinal);

        Leave(tmux);
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }

    /// <summary>
    /// Esc, Esc, q. An ESC that reaches gnt-tui in one read with the q after it is Alt+q, as in any
    /// terminal; on a loaded machine tmux's keys can arrive so, so a q that did not quit is sent again.
    /// </summary>
    private static void Leave(TmuxSession tmux)
    {
        for (var attempt = 0; attempt < 3 && !tmux.HasExited; attempt++)
        {
            foreach (var key in new[] { "Escape", "Escape", "q" })
            {
                tmux.SendKeys(key);
                Thread.Sleep(300);
            }
            var until = DateTime.UtcNow.AddSeconds(3);
            while (!tmux.HasExited && DateTime.UtcNow < until)
            {
                Thread.Sleep(100);
            }
        }
    }
}

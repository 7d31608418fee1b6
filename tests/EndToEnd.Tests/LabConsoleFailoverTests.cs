using GntTui.Lab.Tests;
using static GntTui.EndToEnd.Tests.LabConsoleSteps;

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// The night the master dies, in tmux on the real lab: node1's master daemons stopped, the header
/// says the master is gone, :failover checks node2 and asks, y sends gnt-cluster master-failover
/// there, every node then names node2 and the console follows it by itself, also after a :ctx away
/// and back (the profile names node1 itself, which is no longer the master). reset.sh fails back.
/// </summary>
[Collection("lab console")]
public class LabConsoleFailoverTests
{
    private const string OldMaster = "node1.example.com";
    private const string NewMaster = "node2.example.com";

    private static string LabExec(params string[] argv) => ProcessRun.Run(LabEnvironment.Get("LAB_EXEC"), argv);

    private static string FirstLine(string screen) => screen.Split('\n')[0];

    [LabConsoleFact]
    public void With_the_masters_daemons_stopped_the_console_fails_over_through_its_keys_and_follows_the_new_master_across_a_ctx_away_and_back() => OnResetLab(() =>
    {
        var dir = Directory.CreateTempSubdirectory("gnt-tui-e2e-failover-").FullName;
        try
        {
            var config = Path.Combine(dir, "config.json");
            // The master node itself, not the cluster name: after the failover only the console's own
            // following reaches the new master (node1 then answers "This is not the master node").
            File.WriteAllText(config, $$"""
                { "defaultCluster": "lab", "clusters": [
                    { "name": "lab", "ssh": "root@{{OldMaster}}" },
                    { "name": "demo", "demo": true }
                ] }
                """);
            using var tmux = new TmuxSession($"--config '{config}'");
            tmux.WaitUntil(s => FirstLine(s).StartsWith(" lab · cluster.example.com", StringComparison.Ordinal) && FirstLine(s).Contains($"master {OldMaster}", StringComparison.Ordinal)
                && s.Contains("● live", StringComparison.Ordinal) && s.Contains("Nodes [3]", StringComparison.Ordinal), "the lab live on node1", Slow);

            LabExec(OldMaster, "/usr/lib/ganeti/daemon-util", "stop-master");
            var screen = tmux.WaitFor("▲ master gone", Slow);
            // The way out is named in the header, however long Ganeti's reason is.
            Assert.True(FirstLine(screen).Contains(":failover", StringComparison.Ordinal), screen);

            tmux.Type(":failover");
            tmux.SendKeys("Enter");
            var dialog = tmux.WaitFor($"Master gone: fail over to {NewMaster}", Slow);
            Assert.Contains($"ssh root@{NewMaster} gnt-cluster master-failover", dialog, StringComparison.Ordinal);
            Assert.Contains("3 of 3 nodes answer", dialog, StringComparison.Ordinal);
            Assert.Contains($"the old master {OldMaster} still answers", dialog, StringComparison.Ordinal);
            Assert.DoesNotContain("--no-voting", dialog, StringComparison.Ordinal);

            tmux.SendKeys("y");
            tmux.WaitFor($"{NewMaster} is the master now: following it", Slow);
            foreach (var node in LabEnvironment.Nodes)
            {
                Assert.Equal(NewMaster, LabExec(node, "gnt-cluster", "getmaster").Trim());
            }

            // Followed by itself: the header names the new master and the rows are live again.
            screen = tmux.WaitUntil(s => FirstLine(s).Contains($"master {NewMaster}", StringComparison.Ordinal) && s.Contains("● live", StringComparison.Ordinal)
                && !s.Contains("master gone", StringComparison.Ordinal), "the console live on node2", Slow);
            Assert.Contains("Nodes [3]", screen, StringComparison.Ordinal);
            var row = Audit(tmux, "master-failover", NewMaster);
            Assert.Equal("success", row.Status);
            Assert.Equal("lab", row.Cluster);
            Assert.Equal($"ssh root@{NewMaster} gnt-cluster master-failover", row.Command);

            // Away and back: still the new master, not the profile's node1.
            tmux.Type(":ctx demo");
            tmux.SendKeys("Enter");
            tmux.WaitUntil(s => FirstLine(s).StartsWith(" demo · demo.example.com", StringComparison.Ordinal) && s.Contains("Nodes [4]", StringComparison.Ordinal), "the demo in front", Slow);
            tmux.Type(":ctx lab");
            tmux.SendKeys("Enter");
            tmux.WaitUntil(s => FirstLine(s).StartsWith(" lab · cluster.example.com", StringComparison.Ordinal), "the lab in front again", Slow);
            // Its first refresh (not the cache painted at once) must answer live, from node2.
            screen = tmux.WaitUntil(s => (s.Contains("● live", StringComparison.Ordinal) && !s.Contains("cached", StringComparison.Ordinal)) || s.Contains("master gone", StringComparison.Ordinal),
                "the lab's first refresh after the switch back", Slow);
            Assert.DoesNotContain("master gone", screen, StringComparison.Ordinal);
            Assert.Contains($"master {NewMaster}", FirstLine(screen), StringComparison.Ordinal);
            tmux.SendKeys("1");
            WaitForRow(tmux, NewMaster, "master");
            Quit(tmux);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });
}

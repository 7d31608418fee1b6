using GntTui.Engine.Store;
using GntTui.Simulator;
using static GntTui.EndToEnd.Tests.LabConsoleSteps;

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// :ctx in tmux between the real lab and a demo cluster: the header and rows change, each keeps its
/// own cache and audit rows in the one state file, and the clusters view lists both with live state.
/// </summary>
[Collection("lab console")]
public class LabConsoleClustersTests
{
    private const string LabInst = "inst4.example.com";
    private const string DemoOnly = "inst16.example.com"; // the demo has 16 instances, the lab 6

    private static bool Header(string screen, string start) => screen.Split('\n')[0].StartsWith(start, StringComparison.Ordinal);

    [LabConsoleFact]
    public void Ctx_switches_between_the_lab_and_a_demo_and_back_each_with_its_own_cache_and_audit_rows() => OnResetLab(() =>
    {
        var dir = Directory.CreateTempSubdirectory("gnt-tui-e2e-ctx-lab-").FullName;
        try
        {
            var config = Path.Combine(dir, "config.json");
            File.WriteAllText(config, $$"""
                { "defaultCluster": "lab", "backgroundPollSeconds": 5, "clusters": [
                    { "name": "lab", "ssh": "{{LabConsole.SshTarget}}" },
                    { "name": "demo", "demo": true }
                ] }
                """);
            using var tmux = new TmuxSession($"--config '{config}'");
            tmux.WaitUntil(s => Header(s, " lab · cluster.example.com") && s.Contains("Nodes [3]", StringComparison.Ordinal) && s.Contains("● live", StringComparison.Ordinal),
                "the lab's header and nodes", Slow);

            // One operation on each cluster, for the audit rows.
            Select(tmux, "2", "Instances", LabInst);
            OpenDialog(tmux, "r", $"Reboot {LabInst}", "gnt-instance reboot --submit -t soft");
            var (labJob, labDone, labScreen) = SendAndWaitForEnd(tmux, "reboot", LabInst);
            Assert.True(labDone, labScreen);

            tmux.Type(":ctx demo");
            tmux.SendKeys("Enter");
            var screen = tmux.WaitUntil(s => Header(s, " demo · demo.example.com") && s.Contains("Nodes [4]", StringComparison.Ordinal), "the demo's header and nodes", Slow);
            Assert.Contains("switched to demo", screen, StringComparison.Ordinal);
            tmux.SendKeys("2");
            screen = tmux.WaitUntil(s => s.Contains("Instances [16]", StringComparison.Ordinal) && s.Contains(DemoOnly, StringComparison.Ordinal), "the demo's instances");
            Select(tmux, "2", "Instances", DemoOnly);
            OpenDialog(tmux, "r", $"Reboot {DemoOnly}", "gnt-instance reboot --submit -t soft");
            var (_, demoDone, demoScreen) = SendAndWaitForEnd(tmux, "reboot", DemoOnly);
            Assert.True(demoDone, demoScreen);

            // Both clusters with their live state: the demo in front, the lab polled in the background.
            tmux.SendKeys("0");
            screen = tmux.WaitUntil(s => s.Contains("Clusters [2]", StringComparison.Ordinal)
                && s.Split('\n').Any(l => l.Contains("* demo (demo)", StringComparison.Ordinal) && l.Contains("reachable", StringComparison.Ordinal))
                && s.Split('\n').Any(l => l.Contains(" lab ", StringComparison.Ordinal) && !l.Contains("(demo)", StringComparison.Ordinal)
                    && l.Contains("reachable", StringComparison.Ordinal) && l.Contains("node1.example.com", StringComparison.Ordinal)),
                "both clusters reachable in the clusters view", Slow);

            // Back to the lab: its own rows again (six instances, none of the demo's).
            tmux.Type(":ctx lab");
            tmux.SendKeys("Enter");
            tmux.WaitUntil(s => Header(s, " lab · cluster.example.com"), "the lab's header again", Slow);
            tmux.SendKeys("2");
            screen = tmux.WaitUntil(s => s.Contains("Instances [6]", StringComparison.Ordinal) && s.Contains(LabInst, StringComparison.Ordinal), "the lab's instances again", Slow);
            Assert.DoesNotContain(DemoOnly, screen, StringComparison.Ordinal);
            tmux.WaitUntil(s => s.Contains("● live", StringComparison.Ordinal), "the lab live again", Slow);

            // The audit trail records which cluster each operation went to.
            Assert.Equal("lab", AssertAuditedJob(tmux, "reboot", LabInst, labJob, "gnt-instance reboot --submit -t soft").Cluster);
            var demoKey = DemoKey.For("demo.example.com", DemoSize.Small, 42, null);
            Assert.Equal(demoKey, Audit(tmux, "reboot", DemoOnly).Cluster);
            Quit(tmux);

            // One state file, a cache per profile: each cluster's own last picture.
            using var store = new StateStore(Path.Combine(tmux.StateDir, "state.db"));
            var cache = new SnapshotCache(store);
            var lab = cache.Load("lab");
            Assert.NotNull(lab);
            Assert.Equal("cluster.example.com", lab.ClusterName);
            Assert.Equal(3, lab.Nodes.Count);
            Assert.Equal(6, lab.Instances.Count);
            var demo = cache.Load(demoKey);
            Assert.NotNull(demo);
            Assert.Equal(4, demo.Nodes.Count);
            Assert.Equal(16, demo.Instances.Count);
            Assert.Contains(demo.Instances, i => i.Name == DemoOnly);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });
}

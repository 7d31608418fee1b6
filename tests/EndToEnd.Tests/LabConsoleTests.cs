using System.Text.RegularExpressions;

namespace GntTui.EndToEnd.Tests;

/// <summary>The built gnt-tui on the real Ganeti lab over SSH, driven with the keys an operator presses.</summary>
[Collection("lab console")]
public partial class LabConsoleTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(90);

    [GeneratedRegex(@"target\s+◀ (\S+)")]
    private static partial Regex ChosenTarget();

    [LabConsoleFact]
    public void Migrating_a_sharedfile_instance_from_the_keys_moves_it_and_ganeti_agrees()
    {
        LabConsole.Reset();
        try
        {
            var (name, (primary, _)) = LabConsole.Instances().First(i => i.Value.Template == "sharedfile");
            var shortName = name.Split('.')[0];
            using var tmux = new TmuxSession("--ssh " + LabConsole.SshTarget);
            tmux.WaitFor("node1.example.com", Slow);
            tmux.SendKeys("2");
            tmux.WaitFor("Instances [", Slow);
            tmux.Type($"/^{shortName}\\.");
            tmux.SendKeys("Enter");
            tmux.WaitFor("Instances [1/", Slow);

            tmux.SendKeys("m");
            var dialog = tmux.WaitFor($"Migrate {name}");
            Assert.Contains("y confirm", dialog, StringComparison.Ordinal); // nothing blocks it: no name to type
            Assert.Contains("gnt-instance migrate -f --submit -n ", dialog, StringComparison.Ordinal);

            // The operator picks the next node with → (the last choice would be the iallocator).
            tmux.SendKeys("Right");
            dialog = tmux.WaitUntil(s => ChosenTarget().Match(s) is { Success: true } m && m.Groups[1].Value != ChosenTarget().Match(dialog).Groups[1].Value,
                "another target after →");
            var target = ChosenTarget().Match(dialog).Groups[1].Value;
            if (!target.EndsWith(".example.com", StringComparison.Ordinal))
            {
                tmux.SendKeys("Right"); // past the iallocator, back to the first node
                dialog = tmux.WaitUntil(s => ChosenTarget().Match(s).Groups[1].Value.EndsWith(".example.com", StringComparison.Ordinal), "a node as target");
                target = ChosenTarget().Match(dialog).Groups[1].Value;
            }

            Assert.NotEqual(primary, target);
            Assert.Contains($"-n {target} --reason 'gnt-tui: migrate {shortName} off {primary.Split('.')[0]} to {target.Split('.')[0]}", dialog, StringComparison.Ordinal);

            // A new target is checked again, off the loop; y is refused until the answer is in.
            tmux.WaitUntil(s => !s.Contains("Pre-flight: checking", StringComparison.Ordinal), "the pre-flight's answer", Slow);
            tmux.SendKeys("y");
            tmux.WaitFor("submitted", Slow);
            tmux.WaitFor($"(migrate {name}) succeeded", Slow);
            tmux.WaitUntil(s => s.Split('\n').Any(l => l.Contains(name, StringComparison.Ordinal) && l.Contains(target, StringComparison.Ordinal)),
                $"{name} on {target} in the list", Slow);

            Assert.Equal(target, LabConsole.Instances()[name].Primary);

            // Ours in the job list, with its end.
            tmux.SendKeys("4");
            tmux.WaitUntil(s => s.Split('\n').Any(l => l.Contains($"INSTANCE_MIGRATE({name})", StringComparison.Ordinal)
                && l.Contains(" you ", StringComparison.Ordinal) && l.Contains("success", StringComparison.Ordinal)), "our job, succeeded", Slow);
            tmux.SendKeys("q");
            tmux.WaitForExit();
            Assert.Equal(0, tmux.ExitStatus);
        }
        finally
        {
            LabConsole.Reset();
        }
    }
}

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// The built gnt-tui on the real lab: an instance's info pane against <c>gnt-instance info</c>, c on
/// a lab instance (the fake hypervisor has no console), and the terminal lent to a console that
/// reads what is typed, then given back intact.
/// </summary>
[Collection("lab console")]
public class LabConsoleDetailTests
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(90);

    [LabConsoleFact]
    public void The_info_pane_shows_what_gnt_instance_info_prints_and_c_says_the_fake_hypervisors_answer()
    {
        var raw = LabConsole.Ssh("gnt-instance", "info", "inst2.example.com");
        var mac = raw.Split('\n').Single(l => l.Trim().StartsWith("MAC:", StringComparison.Ordinal)).Split(": ")[1].Trim();
        using var tmux = new TmuxSession("--ssh " + LabConsole.SshTarget, height: 60);
        tmux.WaitFor("node1.example.com", Slow);
        tmux.SendKeys("2");
        tmux.WaitFor("Instances [", Slow);
        tmux.Type("/^inst2\\.");
        tmux.SendKeys("Enter");
        tmux.WaitFor("Instances [1/", Slow);
        tmux.SendKeys("Enter");
        var screen = tmux.WaitFor("Back-end parameters", Slow);
        Assert.Contains(mac, screen, StringComparison.Ordinal);
        Assert.Contains("disk/0:", screen, StringComparison.Ordinal);
        Assert.Contains("file, size 64M", screen, StringComparison.Ordinal);
        Assert.Contains("link:", screen, StringComparison.Ordinal);
        Assert.Contains("gntbr0", screen, StringComparison.Ordinal);

        tmux.SendKeys("c");
        tmux.WaitFor("Ganeti answered \"Console not available for fake hypervisor\"", Slow);
        tmux.SendKeys("Escape");
        tmux.WaitFor("Instances [1/", Slow);
        tmux.SendKeys("1");
        tmux.WaitFor("Nodes [3]", Slow);
        tmux.SendKeys("q");
        tmux.WaitForExit();
        Assert.Equal(0, tmux.ExitStatus);
    }

    [LabConsoleFact]
    public void C_lends_the_terminal_to_the_console_and_takes_it_back_intact()
    {
        var dir = Directory.CreateTempSubdirectory("gnt-tui-console-").FullName;
        try
        {
            var typed = Path.Combine(dir, "typed");
            var wrapper = Path.Combine(dir, "ganeti");
            // The lab's Ganeti for everything, except that the console is one to attach to: a program
            // that reads a line from the terminal, as a serial console would, and says how it found the terminal.
            File.WriteAllText(wrapper, $$"""
                #!/bin/sh
                if [ "$1" = gnt-instance ] && [ "$2" = console ]; then
                  if [ "$3" = --show-cmd ]; then echo "ssh -t root@node1.example.com 'socat STDIO,raw,echo=0 UNIX-CONNECT:/run/serial'"; exit 0; fi
                  printf 'serial console of %s, type a line: ' "$3"
                  IFS= read -r line
                  { printf '%s\n' "$line"; stty -a | tr ' ;' '\n\n' | grep -x -- '-\{0,1\}icanon'; } > '{{typed}}'
                  exit 3
                fi
                cmd=""
                for a in "$@"; do cmd="$cmd '$(printf '%s' "$a" | sed "s/'/'\\\\''/g")'"; done
                exec ssh -o BatchMode=yes -o ControlMaster=auto -o 'ControlPath={{dir}}/cm' -o ControlPersist=60 {{LabConsole.SshTarget}} "$cmd"
                """.Replace("\r", "", StringComparison.Ordinal));
            File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var config = Path.Combine(dir, "config.json");
            File.WriteAllText(config, $$"""{ "clusters": [ { "name": "wrapped", "local": true, "commandPrefix": ["{{wrapper}}"] } ] }""");

            using var tmux = new TmuxSession($"--config {config} --cluster wrapped");
            tmux.WaitFor("node1.example.com", Slow);
            tmux.SendKeys("2");
            tmux.WaitFor("Instances [6]", Slow);
            tmux.SendKeys("g", "c");

            // The main screen, the console's prompt, and every key typed reaching it, echoed by the terminal's cooked mode.
            var screen = tmux.WaitFor("type a line:", Slow);
            Assert.Contains("gnt-tui: gnt-instance console inst1.example.com on local; gnt-tui comes back when it ends", screen, StringComparison.Ordinal);
            Assert.DoesNotContain("Instances [6]", screen, StringComparison.Ordinal);
            tmux.Type("jk q:/ hello");
            tmux.WaitFor("jk q:/ hello");
            tmux.SendKeys("Enter");

            screen = tmux.WaitFor("console of inst1.example.com ended with exit code 3", Slow);
            Assert.Contains("Instances [6]", screen, StringComparison.Ordinal);
            Assert.Equal("jk q:/ hello\nicanon\n", File.ReadAllText(typed));

            // Raw mode again: single keys act at once, without Enter.
            tmux.SendKeys("1");
            tmux.WaitFor("Nodes [3]", Slow);
            tmux.SendKeys("Enter");
            tmux.WaitFor("gnt-node info", Slow);
            tmux.SendKeys("q");
            tmux.WaitForExit();
            Assert.Equal(0, tmux.ExitStatus);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}

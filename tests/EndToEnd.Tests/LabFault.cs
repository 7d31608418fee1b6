namespace GntTui.EndToEnd.Tests;

/// <summary>
/// A transport fault on the lab, made with the tools an operator's network would break it with, and
/// undone by <see cref="Restore"/> (tests call it in a finally). Needs root, like the lab itself.
/// </summary>
internal sealed class LabFault
{
    private const string Netns = "gntlab";
    private const string Veth = "gntlab0";
    private const string MainSide = "198.51.100.254";
    private const string SshdConfig = "/srv/gnt-lab/ssh/sshd_config";
    private const string SshdLog = "/srv/gnt-lab/log/sshd.log";

    private readonly Action _inject;
    private readonly Action _restore;
    private bool _injected;

    private LabFault(string name, Action inject, Action restore)
    {
        Name = name;
        _inject = inject;
        _restore = restore;
    }

    public string Name { get; }

    /// <summary>The lab's sshd stopped: the listener gone (new connections refused) and the sessions it had made since <paramref name="baseline"/> closed, as a node reboot or an sshd crash does.</summary>
    public static LabFault SshdStopped(RemoteProcesses baseline) => new("sshd stopped",
        () =>
        {
            var listener = SshdListener() ?? throw new InvalidOperationException("the lab's sshd is not running");
            var ours = RemoteProcesses.Now().Sessions().Where(p => !baseline.Contains(p.Pid)).ToList();
            Run("kill", "-TERM", listener.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var s in ours)
            {
                Run("kill", "-TERM", s.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        },
        StartSshd);

    /// <summary>The link cut: the main side of the veth down (its route goes with it and comes back with it).</summary>
    public static LabFault LinkDown() => new("link down",
        () => Run("ip", "link", "set", Veth, "down"),
        () => Run("ip", "link", "set", Veth, "up"));

    /// <summary>Requests arrive, replies vanish: inside the lab, the route back to the main side is a blackhole.</summary>
    public static LabFault RepliesBlackholed() => new("replies black-holed",
        () => Run("ip", "netns", "exec", Netns, "ip", "route", "replace", "blackhole", MainSide),
        () => Run("ip", "netns", "exec", Netns, "ip", "route", "replace", MainSide, "dev", "gntbr0", "scope", "link"));

    public void Inject()
    {
        _injected = true;
        _inject();
    }

    /// <summary>Undoes the fault (idempotent) and checks the lab answers plain ssh again.</summary>
    public void Restore()
    {
        if (!_injected)
        {
            return;
        }
        _injected = false;
        _restore();
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                LabConsole.Ssh("true");
                return;
            }
            catch (Xunit.Sdk.XunitException) when (DateTime.UtcNow < until)
            {
                Thread.Sleep(500);
            }
        }
    }

    /// <summary>The lab's sshd as up.sh starts it, with every inherited descriptor beyond stdio closed first (a daemon must not hold the lab's lock).</summary>
    private static void StartSshd()
    {
        if (SshdListener() is not null)
        {
            return;
        }
        Run("bash", "-c",
            "for f in /proc/$$/fd/*; do n=${f##*/}; [ \"$n\" -gt 2 ] && eval \"exec $n>&-\"; done 2>/dev/null; "
            + $"exec ip netns exec {Netns} /usr/sbin/sshd -f {SshdConfig} -E {SshdLog}");
        var until = DateTime.UtcNow.AddSeconds(10);
        while (SshdListener() is null)
        {
            if (DateTime.UtcNow > until)
            {
                throw new InvalidOperationException("the lab's sshd did not start again: see " + SshdLog);
            }
            Thread.Sleep(100);
        }
    }

    private static int? SshdListener() =>
        RemoteProcesses.Now().All.FirstOrDefault(p => p.Args.Contains(SshdConfig, StringComparison.Ordinal) && p.Args.Contains("[listener]", StringComparison.Ordinal))?.Pid;

    internal static string Run(string file, params string[] args) => ProcessRun.Run(file, args);
}

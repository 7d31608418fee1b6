using System.Globalization;

namespace GntTui.Simulator;

/// <summary>gnt-cluster: info, version, getmaster, verify, and modify for the DRBD resync rate.</summary>
internal static class GntClusterCommands
{
    public static readonly IReadOnlyList<GntCommand> Commands =
    [
        new("info", "[--roman]", "Show cluster configuration", [GntOption.Flag("roman", "--roman")], 0, 0, Info),
        new("version", "", "Show the ganeti software version", [], 0, 0, Version),
        new("getmaster", "", "Show the master node name", [], 0, 0,
            inv => new ImmediateProcess(inv.Cluster, (o, _) => { o.Append(inv.Cluster.Master.Name).Append('\n'); return 0; })),
        new("verify", "[options...]", "Forces a verification of the cluster",
            [GntOption.Flag("error_codes", "--error-codes"), GntOption.Value("ignore_errors", "-I", "--ignore-errors"),
             GntOption.Verbose, GntOption.Flag("debug_simulate_errors", "--debug-simulate-errors"),
             GntOption.Value("nodegroup", "--node-group"), GntOption.Flag("skip_nplusone_mem", "--no-nplus1-mem"),
             GntOption.Priority], 0, 0, Verify),
        new("watcher", "{pause <timespec>|continue|info}", "Change watcher properties", [], 1, 2, Watcher),
        GntCommand.NotSimulated("master-failover", "[--no-voting] [--yes-do-it]", "Makes the current node the master"),
        new("modify", "[options...]", "Alters the parameters of the cluster",
            [GntOption.Value("diskparams", "-D", "--disk-parameters"), .. GntOption.SubmitOptions], 0, 0, Modify),
    ];

    private static SimProcess Info(GntInvocation inv) => new ImmediateProcess(inv.Cluster, (stdout, _) =>
    {
        ClusterInfoWriter.Write(stdout, inv.Cluster);
        return 0;
    });

    private static SimProcess Version(GntInvocation inv) => new ImmediateProcess(inv.Cluster, (stdout, _) =>
    {
        var v = inv.Cluster.SoftwareVersion;
        stdout.Append("Software version: ").Append(v).Append('\n');
        stdout.Append("Internode protocol: 3000000\n");
        stdout.Append("Configuration format: 3000000\n");
        stdout.Append("OS api version: 20\n");
        stdout.Append("Export interface: 0\n");
        stdout.Append("VCS version: (ganeti) version v").Append(v).Append('\n');
        return 0;
    });

    private static SimProcess Verify(GntInvocation inv)
    {
        var ignored = inv.Args.All("ignore_errors").SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var codes = inv.Args.Flag("error_codes");
        return new SyncJobProcess(inv.Cluster, () => new OpClusterVerify(inv.Client(), codes, ignored), SyncStyle.Parent, "");
    }

    /// <summary>gnt_cluster.py WatcherOps: the pause is a time on the master's clock, said as time.ctime says it (the simulator's clock is UTC).</summary>
    private static SimProcess Watcher(GntInvocation inv)
    {
        var c = inv.Cluster;
        var args = inv.Args.Positional;
        return new ImmediateProcess(c, (stdout, stderr) =>
        {
            var now = c.Time.GetUtcNow();
            switch (args[0])
            {
                case "continue" when args.Count == 1:
                    c.WatcherPausedUntil = null;
                    stdout.Append("The watcher is no longer paused.\n");
                    return 0;
                case "info" when args.Count == 1:
                    break;
                case "pause" when args.Count == 2 && TimeSpec(args[1]) is { } seconds:
                    c.WatcherPausedUntil = now.AddSeconds(seconds);
                    break;
                case "pause" when args.Count == 2:
                    stderr.Append("Failure: prerequisites not met for this operation:\nInvalid time specification '").Append(args[1]).Append("'\n");
                    return 1;
                default:
                    stderr.Append("Error: Command watcher expects ").Append(args[0] == "pause" ? "1 argument(s) after pause" : "no further arguments").Append('\n');
                    return 1;
            }

            stdout.Append(c.WatcherPausedUntil is { } until && until > now
                ? $"The watcher is paused until {Ctime(until)}.\n"
                : "The watcher is not paused.\n");
            return 0;
        });
    }

    /// <summary>utils.ParseTimespec: a number with an optional s, m, h, d or w suffix.</summary>
    private static long? TimeSpec(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var unit = char.IsLetter(text[^1]) ? text[^1] : 's';
        var digits = char.IsLetter(text[^1]) ? text[..^1] : text;
        var factor = unit switch { 's' => 1L, 'm' => 60L, 'h' => 3600L, 'd' => 86400L, 'w' => 604800L, _ => 0L };
        return factor > 0 && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n * factor : null;
    }

    /// <summary>Python's time.ctime: "Thu Dec  3 13:12:37 2026".</summary>
    private static string Ctime(DateTimeOffset t) =>
        t.UtcDateTime.ToString("ddd MMM ", CultureInfo.InvariantCulture) + t.UtcDateTime.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2) +
        t.UtcDateTime.ToString(" HH:mm:ss yyyy", CultureInfo.InvariantCulture);

    /// <summary>Only -D drbd:resync-rate=N is modelled; anything else fails plainly rather than pretending to succeed.</summary>
    private static SimProcess Modify(GntInvocation inv)
    {
        long? rate = null;
        foreach (var spec in inv.Args.All("diskparams"))
        {
            var colon = spec.IndexOf(':', StringComparison.Ordinal);
            var template = colon < 0 ? spec : spec[..colon];
            foreach (var pair in (colon < 0 ? "" : spec[(colon + 1)..]).Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var key = eq < 0 ? pair : pair[..eq];
                var value = eq < 0 ? "" : pair[(eq + 1)..];
                if (template != "drbd" || key != "resync-rate")
                {
                    return Submission.NotSimulated(inv);
                }
                if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r <= 0)
                {
                    throw SimOpException.Prereq($"Invalid value for resync-rate: '{value}'", "wrong_input");
                }
                rate = r;
            }
        }
        if (rate is not { } kibps)
        {
            return Submission.NotSimulated(inv);
        }
        return Submission.SubmitOrSend(inv, client => new OpClusterSetParams(client, kibps), SyncStyle.Plain, "");
    }
}

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

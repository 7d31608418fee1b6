using System.Text.Json;
using System.Text.Json.Serialization;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Redundancy;
using GntTui.Views.Screens.Common;
using Spectre.Console;

namespace GntTui.Views.Print;

/// <summary>Spectre.Console tables and JSON for <c>gnt-tui status</c>: non-interactive output only.</summary>
public static class StatusPrinter
{
    /// <summary>One line when Ganeti would call the cluster N+1 happy, one per failing node otherwise.</summary>
    public static void PrintNPlusOne(NPlusOneVerdict verdict) => PrintNPlusOne(ScriptOutput.Standard(), verdict);

    /// <summary>The same, written to <paramref name="console"/> (a test console, or stdout as judged by <see cref="ScriptOutput"/>).</summary>
    public static void PrintNPlusOne(IAnsiConsole console, NPlusOneVerdict verdict)
    {
        if (verdict.Happy)
        {
            console.MarkupLine("N+1: [green]happy[/] (every node can take the instances that fail over to it from any one node)");
            return;
        }
        foreach (var f in verdict.Failures)
        {
            console.MarkupLine("[yellow]N+1:[/] " + PrintText.Esc(f.Explain()));
        }
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // One style for scripts: camelCase keys and enum values, in Ganeti's words ("master", "candidate").
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new ReadingJsonConverter() },
    };

    /// <summary>The same picture for scripts; readings are plain values or the word for why there is none.</summary>
    public static string Json(ClusterReading reading, IReadOnlyList<GanetiJob> jobs, bool demo)
    {
        ArgumentNullException.ThrowIfNull(reading);
        var data = reading.Data;
        // The pre-flight's rule (Ganeti's N+1), on this reading.
        var nPlusOne = RedundancyModel.From(data.Nodes, data.Instances).Judge();
        return JsonSerializer.Serialize(new
        {
            demo, cluster = reading.Info, data.Nodes, data.Instances, jobs, problems = data.Problems,
            nPlusOne = new { happy = nPlusOne.Happy, failingNodes = nPlusOne.FailingNodes },
        }, JsonOptions);
    }

    public static void Print(ClusterReading reading, IReadOnlyList<GanetiJob> jobs, bool demo) => Print(ScriptOutput.Standard(), reading, jobs, demo);

    /// <summary>The same, written to <paramref name="console"/> (a test console, or stdout as judged by <see cref="ScriptOutput"/>).</summary>
    public static void Print(IAnsiConsole console, ClusterReading reading, IReadOnlyList<GanetiJob> jobs, bool demo)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(jobs);
        var (info, data) = reading;
        var badge = demo ? " [black on yellow] DEMO [/]" : "";
        console.MarkupLine($"[bold]{PrintText.Esc(info.Name)}[/]{badge}  master [bold]{PrintText.Esc(info.MasterNode)}[/]  Ganeti {PrintText.Esc(info.Version)}");

        var domain = ClusterDomain.Of(info.Name);
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var nodes = new FittedTable("Nodes")
            .Column("Node", 3, names: true).Column("Role", 2).Column("Flags", 2).Column("MemTotal", 0).Column("MemFree")
            .Column("DiskTotal", 0).Column("DiskFree").Column("Pinst").Column("Sinst").Column("Group", 0);
        foreach (var n in data.Nodes)
        {
            nodes.Row((n.Name, null), (StatusRoles.NodeRoleText(n.Role), null), (Flags(n), null), (Units.Mebibytes(n.MemoryTotal), null), (Units.Mebibytes(n.MemoryFree), null),
                (Units.Mebibytes(n.DiskTotal), null), (Units.Mebibytes(n.DiskFree), null), (n.PrimaryCount.ToString(inv), null), (n.SecondaryCount.ToString(inv), null),
                n.IsGroupKnown ? (n.Group, null) : ("unknown", "grey"));
        }
        nodes.Write(console, domain);

        var instances = new FittedTable("Instances")
            .Column("Instance", 3, names: true).Column("Status", 3).Column("Primary", 2, names: true).Column("Secondary", 2, names: true)
            .Column("Template").Column("Memory", 0).Column("VCPUs", 0);
        foreach (var i in data.Instances)
        {
            instances.Row((i.Name, null), (i.StatusText, StatusColour(i)), (i.PrimaryNode, null), (string.Join(",", i.SecondaryNodes), null),
                (i.DiskTemplate, null), (Units.Mebibytes(i.Memory), null), (i.Vcpus.ToString(), null));
        }
        instances.Write(console, domain);

        var jobTable = new FittedTable("Recent jobs").Column("ID", 3).Column("Status", 3).Column("Summary", 3, names: true).Column("Received").Column("Duration");
        foreach (var j in jobs)
        {
            var duration = j.Started is { } s && j.Ended is { } e ? $"{(e - s).TotalSeconds:0.0}s" : "";
            jobTable.Row((j.Id.ToString(inv), null), (j.Status.ToString().ToLowerInvariant(), null), (j.Summary, null),
                (j.Received?.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", inv) ?? "", null), (duration, null));
        }
        jobTable.Write(console, domain);
        foreach (var p in data.Problems)
        {
            console.MarkupLine("[yellow]warning:[/] " + PrintText.Esc(p));
        }
    }

    private static string Flags(GanetiNode n) =>
        string.Join(",", new[] { n.Offline ? "offline" : null, n.Drained ? "drained" : null, n.MasterCandidate ? "candidate" : null }.Where(f => f is not null));

    private static string StatusColour(GanetiInstance i) => i.Status switch
    {
        InstanceStatus.Running => "green",
        InstanceStatus.AdminDown or InstanceStatus.AdminOffline or InstanceStatus.UserDown => "grey",
        _ => "red",
    };
}

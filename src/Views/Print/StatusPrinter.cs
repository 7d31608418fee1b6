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
    public static void PrintNPlusOne(NPlusOneVerdict verdict)
    {
        if (verdict.Happy)
        {
            AnsiConsole.MarkupLine("N+1: [green]happy[/] (every node can take the instances that fail over to it from any one node)");
            return;
        }
        foreach (var f in verdict.Failures)
        {
            AnsiConsole.MarkupLine("[yellow]N+1:[/] " + PrintText.Esc(f.Explain()));
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

    public static void Print(ClusterReading reading, IReadOnlyList<GanetiJob> jobs, bool demo)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(jobs);
        var (info, data) = reading;
        ScriptOutput.UseStandardOutput();
        var badge = demo ? " [black on yellow] DEMO [/]" : "";
        AnsiConsole.MarkupLine($"[bold]{PrintText.Esc(info.Name)}[/]{badge}  master [bold]{PrintText.Esc(info.MasterNode)}[/]  Ganeti {PrintText.Esc(info.Version)}");

        var nodes = new Table().Border(TableBorder.Simple).Title("Nodes");
        foreach (var h in new[] { "Node", "Role", "Flags", "MemTotal", "MemFree", "DiskTotal", "DiskFree", "Pinst", "Sinst", "Group" })
        {
            nodes.AddColumn(new TableColumn(h).NoWrap());
        }
        foreach (var n in data.Nodes)
        {
            nodes.AddRow(PrintText.Esc(n.Name), StatusRoles.NodeRoleText(n.Role), Flags(n), Units.Mebibytes(n.MemoryTotal), Units.Mebibytes(n.MemoryFree), Units.Mebibytes(n.DiskTotal), Units.Mebibytes(n.DiskFree),
                n.PrimaryCount.ToString(System.Globalization.CultureInfo.InvariantCulture), n.SecondaryCount.ToString(System.Globalization.CultureInfo.InvariantCulture), n.IsGroupKnown ? PrintText.Esc(n.Group) : "[grey]unknown[/]");
        }
        AnsiConsole.Write(nodes);

        var instances = new Table().Border(TableBorder.Simple).Title("Instances");
        foreach (var h in new[] { "Instance", "Status", "Primary", "Secondary", "Template", "Memory", "VCPUs" })
        {
            instances.AddColumn(new TableColumn(h).NoWrap());
        }
        foreach (var i in data.Instances)
        {
            instances.AddRow(PrintText.Esc(i.Name), Status(i), PrintText.Esc(i.PrimaryNode), PrintText.Esc(string.Join(",", i.SecondaryNodes)), PrintText.Esc(i.DiskTemplate), Units.Mebibytes(i.Memory), i.Vcpus.ToString());
        }
        AnsiConsole.Write(instances);

        var jobTable = new Table().Border(TableBorder.Simple).Title("Recent jobs");
        foreach (var h in new[] { "ID", "Status", "Summary", "Received", "Duration" })
        {
            jobTable.AddColumn(new TableColumn(h).NoWrap());
        }
        foreach (var j in jobs)
        {
            var duration = j.Started is { } s && j.Ended is { } e ? $"{(e - s).TotalSeconds:0.0}s" : "";
            jobTable.AddRow(j.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), j.Status.ToString().ToLowerInvariant(), PrintText.Esc(j.Summary),
                j.Received?.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) ?? "", duration);
        }
        AnsiConsole.Write(jobTable);
        foreach (var p in data.Problems)
        {
            AnsiConsole.MarkupLine("[yellow]warning:[/] " + PrintText.Esc(p));
        }
    }


    private static string Flags(GanetiNode n) =>
        string.Join(",", new[] { n.Offline ? "offline" : null, n.Drained ? "drained" : null, n.MasterCandidate ? "candidate" : null }.Where(f => f is not null));


    private static string Status(GanetiInstance i)
    {
        var colour = i.Status switch
        {
            InstanceStatus.Running => "green",
            InstanceStatus.AdminDown or InstanceStatus.AdminOffline or InstanceStatus.UserDown => "grey",
            _ => "red",
        };
        return $"[{colour}]{PrintText.Esc(i.StatusText)}[/]";
    }
}

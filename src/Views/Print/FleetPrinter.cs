using System.Globalization;
using System.Text.Json;
using GntTui.Engine.Fleet;
using GntTui.Views.Screens.Clusters;
using GntTui.Views.Screens.Common;
using Spectre.Console;

namespace GntTui.Views.Print;

/// <summary><c>gnt-tui status --all</c>: every configured cluster at a glance, as the console's clusters view shows them.</summary>
public static class FleetPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>JSON for scripts, or a table on standard output.</summary>
    public static void Write(IReadOnlyList<ClusterSummary> clusters, bool json, DateTimeOffset now)
    {
        if (json)
        {
            Console.Out.WriteLine(Json(clusters, now));
        }
        else
        {
            Print(clusters, now);
        }
    }

    /// <summary>camelCase like every --json: one object per cluster, counts null when nothing was read.</summary>
    public static string Json(IReadOnlyList<ClusterSummary> clusters, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        return JsonSerializer.Serialize(new
        {
            clusters = clusters.Select(c => new
            {
                name = c.Name, demo = c.IsDemo, c.Reachable, c.Why, c.MasterGone, c.Master, c.Nodes, c.Instances, c.RunningJobs, c.Resyncs,
                offlineNodes = c.UnhealthyNodes, errorInstances = c.UnhealthyInstances, c.TakenAt,
                ageSeconds = c.TakenAt is { } t ? Math.Max(0, Math.Round((now - t).TotalSeconds)) : (double?)null, c.FromCache,
            }),
        }, JsonOptions);
    }

    public static void Print(IReadOnlyList<ClusterSummary> clusters, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        ScriptOutput.UseStandardOutput();
        var table = new Table().Border(TableBorder.Simple).Title("Clusters");
        foreach (var h in new[] { "Cluster", "State", "Master", "Nodes", "Instances", "Running", "Resyncs", "Offline", "Errors", "Age" })
        {
            table.AddColumn(new TableColumn(h).NoWrap());
        }
        foreach (var c in clusters)
        {
            var state = ClusterColumns.StateText(c);
            table.AddRow(PrintText.Esc(c.Name) + (c.IsDemo ? " [black on yellow] DEMO [/]" : ""), c.Reachable == true ? "[green]reachable[/]" : $"[red]{PrintText.Esc(state)}[/]",
                PrintText.Esc(c.Master ?? "-"), N(c.Nodes), N(c.Instances), N(c.RunningJobs), N(c.Resyncs), N(c.UnhealthyNodes), N(c.UnhealthyInstances),
                c.TakenAt is { } t ? (c.FromCache ? "cached " : "") + TimeText.Compact(now > t ? now - t : TimeSpan.Zero) : "-");
        }
        AnsiConsole.Write(table);
    }

    private static string N(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "-";
}

using System.Globalization;
using System.Text.Json;
using GntTui.Engine.Store;
using Spectre.Console;

namespace GntTui.Views.Print;

/// <summary>Spectre.Console table and JSON for <c>gnt-tui audit</c>: non-interactive output only.</summary>
public static class AuditPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Every column, the exact command included.</summary>
    public static string Json(IReadOnlyList<AuditEntry> entries) => JsonSerializer.Serialize(entries, JsonOptions);

    public static void Print(string path, string? cluster, IReadOnlyList<AuditEntry> entries) => Print(ScriptOutput.Standard(), path, cluster, entries);

    /// <summary>The same, written to <paramref name="console"/> (a test console, or stdout as judged by <see cref="ScriptOutput"/>).</summary>
    public static void Print(IAnsiConsole console, string path, string? cluster, IReadOnlyList<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            console.MarkupLine($"no operations recorded{(cluster is null ? "" : " for " + PrintText.Esc(cluster))} in {PrintText.Esc(path)}");
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("Audit trail" + (cluster is null ? "" : " of " + PrintText.Esc(cluster)));
        // A narrow terminal keeps what an on-call engineer reads first; --json has every column.
        var wide = console.Profile.Width >= 140;
        var columns = new List<(string Header, Func<AuditEntry, string> Cell)>
        {
            ("ID", e => e.Id.ToString(CultureInfo.InvariantCulture)),
            ("When", e => e.CreatedAt.ToLocalTime().ToString("MM-dd HH:mm:ss", CultureInfo.InvariantCulture)),
        };
        if (cluster is null && wide)
        {
            columns.Add(("Cluster", e => PrintText.Esc(e.Cluster)));
        }
        if (wide)
        {
            columns.Add(("Operator", e => PrintText.Esc(e.Operator)));
        }
        columns.Add(("Operation", e => PrintText.Esc($"{e.Verb} {e.Target}")));
        columns.Add(("Job", e => e.JobId?.ToString(CultureInfo.InvariantCulture) ?? ""));
        columns.Add(("Status", e => Status(e.Status)));
        if (wide)
        {
            columns.Add(("Took", e => e.FinishedAt is { } f ? string.Create(CultureInfo.InvariantCulture, $"{(f - e.CreatedAt).TotalSeconds:0.0}s") : ""));
            columns.Add(("Reason", e => PrintText.Esc(Cut(e.Reason, 40))));
        }
        columns.Add(("Message", e => PrintText.Esc(Cut(LastLine(e.Message), 70))));
        foreach (var (header, _) in columns)
        {
            // Short columns never wrap; the names and Ganeti's words wrap rather than vanish.
            var column = new TableColumn(header);
            table.AddColumn(header is "ID" or "When" or "Job" or "Status" or "Took" ? column.NoWrap() : column);
        }
        foreach (var e in entries)
        {
            table.AddRow(columns.Select(c => c.Cell(e)).ToArray());
        }
        console.Write(table);
    }

    private static string Status(string status)
    {
        var colour = AuditStatus.Standing(status) switch
        {
            AuditStanding.Succeeded => "green",
            AuditStanding.Open => "yellow",
            AuditStanding.Quiet => "grey",
            _ => "red",
        };
        return $"[{colour}]{PrintText.Esc(status)}[/]";
    }

    private static string LastLine(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

}

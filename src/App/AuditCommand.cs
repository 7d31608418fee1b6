using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using GntTui.Engine.Store;
using Spectre.Console;

namespace GntTui.App;

/// <summary>
/// <c>gnt-tui audit</c>: the operations this machine sent (and DRBD resyncs it saw end), newest
/// first, from the local state file; no cluster is contacted.
/// </summary>
internal static class AuditCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create(GlobalOptions global)
    {
        ArgumentNullException.ThrowIfNull(global);
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts (every column, the exact command included)" };
        var limit = new Option<int>("--limit") { Description = "How many rows, newest first", DefaultValueFactory = _ => 50 };
        var command = new Command("audit", "Print the audit trail of operations sent from this machine, then exit (--cluster NAME keeps that cluster's rows)");
        command.Options.Add(json);
        command.Options.Add(limit);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(global.State) ?? StateStore.DefaultPath();
            var cluster = parse.GetValue(global.Cluster);
            var rows = Math.Max(0, parse.GetValue(limit));
            IReadOnlyList<AuditEntry> entries;
            if (!File.Exists(path))
            {
                // Reading must not create the state file.
                entries = [];
            }
            else
            {
                try
                {
                    using var store = new StateStore(path);
                    entries = new AuditLog(store).Recent(rows, cluster);
                }
                catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
                {
                    await Console.Error.WriteLineAsync($"gnt-tui: cannot read {path}: {e.Message.ReplaceLineEndings(" ").Trim()}");
                    return 2;
                }
            }
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(entries, Json));
            }
            else
            {
                Print(path, cluster, entries);
            }
            return 0;
        });
        return command;
    }

    private static void Print(string path, string? cluster, IReadOnlyList<AuditEntry> entries)
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }
        if (entries.Count == 0)
        {
            AnsiConsole.MarkupLine($"no operations recorded{(cluster is null ? "" : " for " + Markup.Escape(cluster))} in {Markup.Escape(path)}");
            return;
        }
        var table = new Table().Border(TableBorder.Simple).Title("Audit trail" + (cluster is null ? "" : " of " + Markup.Escape(cluster)));
        var headers = cluster is null
            ? new[] { "ID", "When", "Cluster", "Operator", "Operation", "Job", "Status", "Took", "Reason", "Message" }
            : new[] { "ID", "When", "Operator", "Operation", "Job", "Status", "Took", "Reason", "Message" };
        foreach (var h in headers)
        {
            table.AddColumn(new TableColumn(h).NoWrap());
        }
        foreach (var e in entries)
        {
            var cells = new List<string>
            {
                e.Id.ToString(CultureInfo.InvariantCulture),
                e.CreatedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            };
            if (cluster is null)
            {
                cells.Add(Esc(e.Cluster));
            }
            cells.AddRange(
            [
                Esc(e.Operator),
                Esc($"{e.Verb} {e.Target}"),
                e.JobId?.ToString(CultureInfo.InvariantCulture) ?? "",
                Status(e.Status),
                e.FinishedAt is { } f ? string.Create(CultureInfo.InvariantCulture, $"{(f - e.CreatedAt).TotalSeconds:0.0}s") : "",
                Esc(Cut(e.Reason, 40)),
                Esc(Cut(LastLine(e.Message), 70)),
            ]);
            table.AddRow(cells.ToArray());
        }
        AnsiConsole.Write(table);
    }

    private static string Status(string status)
    {
        var colour = status switch
        {
            "success" or DrbdHistory.ObservedStatus => "green",
            AuditStatus.Sending or AuditStatus.Submitted => "yellow",
            AuditStatus.Refused or "canceled" => "grey",
            _ => "red",
        };
        return $"[{colour}]{Markup.Escape(status)}[/]";
    }

    private static string LastLine(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Esc(string s) => Markup.Escape(s);
}

using System.CommandLine;
using GntTui.Engine.Store;
using GntTui.Views.Print;

namespace GntTui.App;

/// <summary>
/// <c>gnt-tui audit</c>: the operations this machine sent (and DRBD resyncs it saw end), newest
/// first, from the local state file; no cluster is contacted.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(GlobalOptions global)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts (every column, the exact command included)" };
        var limit = new Option<int>("--limit") { Description = "How many rows, newest first", DefaultValueFactory = _ => 50 };
        var command = new Command("audit", "Print the audit trail of operations sent from this machine, then exit (--cluster NAME keeps that cluster's rows)");
        command.Options.Add(json);
        command.Options.Add(limit);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(global.State) ?? StateStore.DefaultPath();
            var cluster = parse.GetValue(global.Cluster);
            IReadOnlyList<AuditEntry> entries;
            try
            {
                entries = AuditLog.ReadFile(path, Math.Max(0, parse.GetValue(limit)), cluster);
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"gnt-tui: cannot read {GntTui.Engine.Text.UntrustedText.Line(path)}: {GntTui.Engine.Text.UntrustedText.Line(e.Message).Trim()}");
                return 2;
            }
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(AuditPrinter.Json(entries));
            }
            else
            {
                AuditPrinter.Print(path, cluster, entries);
            }
            return 0;
        });
        return command;
    }
}

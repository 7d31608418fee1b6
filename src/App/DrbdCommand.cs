using System.CommandLine;
using GntTui.Engine.Drbd;
using GntTui.Views.Print;

namespace GntTui.App;

/// <summary>
/// <c>gnt-tui drbd --replay FILE</c>: parses saved /proc/drbd captures and prints the devices, and
/// with several captures the speed and ETA the live console would have shown (drbdtop's -f).
/// </summary>
internal static class DrbdCommand
{
    public static Command Create(GlobalOptions global)
    {
        // Taken for the same shape as every verb; a replay needs no cluster.
        ArgumentNullException.ThrowIfNull(global);
        var replay = new Option<string>("--replay")
        {
            Description = "File of /proc/drbd captures: one dump, or several each after a line '--- <ISO timestamp> [node]'",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var node = new Option<string?>("--node") { Description = "Only captures of this node (as named on the '---' lines; captures naming no node count as its)" };
        var command = new Command("drbd", "Print DRBD devices, resync speed and ETA from saved captures, then exit");
        command.Options.Add(replay);
        command.Options.Add(json);
        command.Options.Add(node);
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(replay)!;
            DrbdReplayResult result;
            try
            {
                result = DrbdReplay.ReadFile(file, parse.GetValue(node));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or NotSupportedException)
            {
                await Console.Error.WriteLineAsync("gnt-tui: cannot replay " + GntTui.Engine.Text.UntrustedText.Line(file) + ": " + GntTui.Engine.Text.UntrustedText.Line(e.Message).Trim());
                return 2;
            }
            if (parse.GetValue(json))
            {
                await Console.Out.WriteLineAsync(DrbdPrinter.Json(file, result));
            }
            else
            {
                DrbdPrinter.Print(file, result);
            }
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Live;
using GntTui.Engine.Redundancy;
using GntTui.Engine.Remote;
using GntTui.Views.Print;

namespace GntTui.App;

/// <summary><c>gnt-tui status</c>: nodes, instances and recent jobs, as tables or JSON, then exit.</summary>
internal static class StatusCommand
{
    public static Command Create(GlobalOptions global)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var jobs = new Option<int>("--jobs") { Description = "How many recent jobs to show", DefaultValueFactory = _ => 10 };
        var all = new Option<bool>("--all") { Description = "One row per configured cluster instead: reachable or why not, master, counts, data age (exit 2 when one does not answer)" };
        var command = new Command("status", "Print nodes, instances and recent jobs, then exit");
        command.Options.Add(json);
        command.Options.Add(jobs);
        command.Options.Add(all);
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                if (parse.GetValue(all))
                {
                    var (config, first, readOnly) = TargetResolver.Choose(parse, global);
                    await using var fleet = ClusterFleet.Open(TargetResolver.Profiles(config, first), p => TargetResolver.Open(config, p, readOnly), parse.GetValue(global.State), TimeSpan.Zero);
                    await fleet.PollOnceAsync(includeActive: true, ct);
                    FleetPrinter.Write(fleet.Current, parse.GetValue(json), DateTimeOffset.UtcNow);
                    return fleet.Current.All(c => c.Reachable == true) ? 0 : 2;
                }
                // Kept up after exit (ControlPersist): status run again within a minute skips the handshake.
                await using var target = TargetResolver.Resolve(parse, global, keepConnection: true);
                // The console's refresh loop reads through the same reader: one picture of the cluster.
                var reading = await new ClusterReader(target.Client).ReadAsync(ct);
                var recent = reading.Data.Jobs.OrderByDescending(j => j.Id).Take(Math.Max(0, parse.GetValue(jobs))).ToList();
                if (parse.GetValue(json))
                {
                    await Console.Out.WriteLineAsync(StatusPrinter.Json(reading, recent, target.IsDemo));
                }
                else
                {
                    StatusPrinter.Print(reading, recent, target.IsDemo);
                    StatusPrinter.PrintNPlusOne(RedundancyModel.From(reading.Data.Nodes, reading.Data.Instances).Judge());
                }
                return 0;
            }
            catch (Exception e) when (e is RemoteShellException or GanetiException or Engine.Config.ConfigException or ArgumentException)
            {
                await Console.Error.WriteLineAsync("gnt-tui: cannot reach the cluster: " + GntTui.Engine.Text.UntrustedText.Line(e.Message).Trim());
                return 2;
            }
        });
        return command;
    }
}

using System.CommandLine;
using System.Text.Json;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Redundancy;
using GntTui.Engine.Remote;

namespace GntTui.App;

/// <summary><c>gnt-tui status</c>: nodes, instances and recent jobs, as tables or JSON, then exit.</summary>
internal static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(), new ReadingJsonConverter() },
    };

    public static Command Create(GlobalOptions global)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON for scripts" };
        var jobs = new Option<int>("--jobs") { Description = "How many recent jobs to show", DefaultValueFactory = _ => 10 };
        var command = new Command("status", "Print nodes, instances and recent jobs, then exit");
        command.Options.Add(json);
        command.Options.Add(jobs);
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await using var target = TargetResolver.Resolve(parse, global);
                // Independent round trips over the one shared connection: in parallel, not one after the other.
                var infoTask = target.Client.GetClusterInfoAsync(ct);
                var dataTask = target.Client.FetchAsync(ct);
                await Task.WhenAll(infoTask, dataTask);
                var (info, data) = (infoTask.Result, dataTask.Result);
                var recent = data.Jobs.OrderByDescending(j => j.Id).Take(Math.Max(0, parse.GetValue(jobs))).ToList();
                // The pre-flight's rule (Ganeti's N+1), on this refresh.
                var nPlusOne = RedundancyModel.From(data.Nodes, data.Instances).Judge();
                if (parse.GetValue(json))
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        demo = target.IsDemo, cluster = info, data.Nodes, data.Instances, jobs = recent, problems = data.Problems,
                        nPlusOne = new { happy = nPlusOne.Happy, failingNodes = nPlusOne.FailingNodes },
                    }, Json));
                }
                else
                {
                    StatusPrinter.Print(info, data, recent, target.IsDemo);
                    StatusPrinter.PrintNPlusOne(nPlusOne);
                }
                return 0;
            }
            catch (Exception e) when (e is RemoteShellException or GanetiException or Engine.Config.ConfigException or ArgumentException)
            {
                await Console.Error.WriteLineAsync("gnt-tui: cannot reach the cluster: " + OneLine(e.Message));
                return 2;
            }
        });
        return command;
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ").Trim();
}

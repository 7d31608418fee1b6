using System.CommandLine;
using GntTui.Engine.Remote;
using GntTui.Views.Print;

namespace GntTui.App;

/// <summary><c>gnt-tui console NAME</c>: an instance's console in this terminal, as <c>c</c> opens it from the console.</summary>
internal static class InstanceConsoleCommand
{
    public static Command Create(GlobalOptions global)
    {
        var instance = new Argument<string>("instance") { Description = "The instance's name, as gnt-instance list shows it" };
        var command = new Command("console", "Attach this terminal to an instance's console (gnt-instance console on the master; not a mutation)") { instance };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await using var target = TargetResolver.Resolve(parse, global);
                return await InstanceConsoleVerb.RunAsync(target.Client, parse.GetValue(instance)!, Console.Out, Console.Error, ct);
            }
            catch (Exception e) when (e is RemoteShellException or Engine.Config.ConfigException or ArgumentException)
            {
                await Console.Error.WriteLineAsync("gnt-tui: " + GntTui.Engine.Text.UntrustedText.Line(e.Message).Trim());
                return 2;
            }
        });
        return command;
    }
}

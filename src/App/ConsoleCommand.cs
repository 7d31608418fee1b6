using System.CommandLine;
using GntTui.Engine.Config;
using GntTui.Engine.Live;
using GntTui.Views.Config;
using GntTui.Views.Live;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.App;

/// <summary>The default verb: the full-screen console, over every configured cluster (<c>:ctx</c> switches).</summary>
internal static class ConsoleCommand
{
    public static void Configure(RootCommand root, GlobalOptions global)
    {
        var theme = new Option<string?>("--theme") { Description = "Theme: default, light, high-contrast, mono, or a path to a JSON theme" };
        var noPoll = new Option<bool>("--no-background-poll") { Description = "Do not poll the clusters not in front (config: \"backgroundPollSeconds\": 0)" };
        root.Options.Add(theme);
        root.Options.Add(noPoll);
        root.SetAction(async (parse, ct) =>
        {
            if (Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                await Console.Error.WriteLineAsync("gnt-tui: the console needs a terminal; for scripts use `gnt-tui status --json`");
                return 2;
            }
            (GntTuiConfig Config, ClusterProfile Profile, bool ReadOnly) chosen;
            KeyMap? userKeys;
            Theme look;
            LiveSession first;
            var state = parse.GetValue(global.State);
            LiveSession Open(ClusterProfile p) => LiveSession.Open(TargetResolver.Open(chosen.Config, p, chosen.ReadOnly), state);
            try
            {
                chosen = TargetResolver.Choose(parse, global);
                look = ThemeLoader.Resolve(parse.GetValue(theme) ?? chosen.Config.Theme, Path.Combine(ConfigLoader.ConfigDirectory(), "themes"));
                userKeys = UserKeys.Build(chosen.Config);
                first = Open(chosen.Profile);
            }
            catch (Exception e) when (e is ConfigException or ThemeException or ArgumentException)
            {
                await Console.Error.WriteLineAsync("gnt-tui: " + GntTui.Engine.Text.UntrustedText.Line(e.Message));
                return 2;
            }
            var profiles = TargetResolver.Profiles(chosen.Config, chosen.Profile);
            var poll = TimeSpan.FromSeconds(parse.GetValue(noPoll) ? 0 : chosen.Config.BackgroundPollSeconds);
            var fleet = ClusterFleet.Open(profiles, p => TargetResolver.Open(chosen.Config, p, chosen.ReadOnly), state, poll);
            ConsoleOptions Options(LiveSession live, ClusterProfile p) => new(look, !live.CanOperate, live.Target.IsDemo, p.Name)
            {
                Operator = Engine.Store.AuditLog.LocalOperator(),
                UserBindings = userKeys,
                NamesProfile = profiles.Count > 1,
            };
            return await ConsoleHost.RunAsync((quit, handoff) => new ClusterConsoles(fleet, chosen.Profile, first, Open, Options, quit, handoff), ct);
        });
    }
}

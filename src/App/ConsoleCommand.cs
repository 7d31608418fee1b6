using System.CommandLine;
using GntTui.Engine.Config;
using GntTui.Engine.Live;
using GntTui.Views.Config;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.App;

/// <summary>The default verb: the full-screen console.</summary>
internal static class ConsoleCommand
{
    public static void Configure(RootCommand root, GlobalOptions global)
    {
        var theme = new Option<string?>("--theme") { Description = "Theme: default, light, high-contrast, mono, or a path to a JSON theme" };
        root.Options.Add(theme);
        root.SetAction(async (parse, ct) =>
        {
            if (Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                await Console.Error.WriteLineAsync("gnt-tui: the console needs a terminal; for scripts use `gnt-tui status --json`");
                return 2;
            }
            Target target;
            KeyMap? userKeys;
            Theme chosen;
            try
            {
                target = TargetResolver.Resolve(parse, global);
                chosen = ThemeLoader.Resolve(parse.GetValue(theme) ?? target.Config.Theme, Path.Combine(ConfigLoader.ConfigDirectory(), "themes"));
                userKeys = UserKeys.Build(target.Config);
            }
            catch (Exception e) when (e is ConfigException or ThemeException or ArgumentException)
            {
                await Console.Error.WriteLineAsync("gnt-tui: " + GntTui.Engine.Text.UntrustedText.Line(e.Message));
                return 2;
            }
            await using var live = LiveSession.Open(target, parse.GetValue(global.State));
            var options = new ConsoleOptions(chosen, !live.CanOperate, target.IsDemo, target.Name)
            {
                Operator = Engine.Store.AuditLog.LocalOperator(),
                UserBindings = userKeys,
            };
            return await ConsoleHost.RunAsync(live, options, ct);
        });
    }
}

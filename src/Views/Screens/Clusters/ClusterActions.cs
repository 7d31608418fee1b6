using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Clusters;

/// <summary>Enter switches the console to the selected cluster; nothing is sent to any cluster, so nothing is confirmed.</summary>
internal sealed class ClusterActions : IKindActions
{
    public IReadOnlyList<KeyBinding> Bindings => [];

    public ActionResult? Act(string command, ActionContext context) => command switch
    {
        ConsoleCommands.Open => context.Selected is { } name ? new ActionResult.Send(new ConsoleIntent.SwitchCluster(name)) : ActionResult.None,
        _ => null,
    };

    /// <summary><c>:ctx NAME</c> switches at once; a bare <c>:ctx</c> shows the list.</summary>
    public static ConsoleIntent? ForArguments(string arguments) =>
        string.IsNullOrWhiteSpace(arguments) ? null : new ConsoleIntent.SwitchCluster(arguments.Trim());
}

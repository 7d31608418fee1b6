using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Audit;

/// <summary>The audit trail only reads: opening it asks the App for the rows, nothing else.</summary>
internal sealed class AuditActions : IKindActions
{
    public IReadOnlyList<KeyBinding> Bindings => [];

    public ConsoleIntent? OnShown() => new ConsoleIntent.LoadAudit();

    public ActionResult? Act(string command, ActionContext context) => null;
}

using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Actions;

/// <summary>
/// One resource kind's operations: the keys it offers on its rows, and what a command on the
/// selection turns into. Registered per kind (<c>ScreenRegistry</c>); the console asks the kind in
/// front and never branches on which kind that is.
/// </summary>
internal interface IKindActions
{
    /// <summary>The kind's own row keys (its operations, every one dangerous), for dispatch, footer and help.</summary>
    IReadOnlyList<KeyBinding> Bindings { get; }

    /// <summary>Keys that also work in one row's detail pane (DRBD's fix, where the advice is read).</summary>
    IReadOnlyList<KeyBinding> DetailBindings => [];

    /// <summary>What showing this kind's list asks of the App (the audit rows); null for nothing.</summary>
    ConsoleIntent? OnShown() => null;

    /// <summary>What <paramref name="command"/> on the context's rows becomes; null when the command is not this kind's.</summary>
    ActionResult? Act(string command, ActionContext context);
}

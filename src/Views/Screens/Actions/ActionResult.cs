using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Actions;

/// <summary>
/// What a command on the selected (or marked) rows turns into. The console acts on each case the
/// same way whichever kind of row said it, so it never asks which list is in front.
/// </summary>
internal abstract record ActionResult
{
    private ActionResult()
    {
    }

    /// <summary>The command applies but there is nothing to do (no row selected): no frame.</summary>
    public static ActionResult None { get; } = new Nothing();

    /// <summary>An operation to confirm in the operation dialog.</summary>
    public sealed record Confirm(OperationRequest Request) : ActionResult;

    /// <summary>No dialog, because there is nothing sensible to confirm: why, as a warning toast.</summary>
    public sealed record Refused(string Why) : ActionResult;

    /// <summary>Nothing to do, and nothing wrong: a plain toast.</summary>
    public sealed record Told(string Text) : ActionResult;

    /// <summary>A plain yes/no (or type-the-name) question; yes sends the intent <paramref name="OnYes"/> builds.</summary>
    public sealed record Ask(Dialog Question, Func<ConsoleIntent> OnYes) : ActionResult;

    /// <summary>Open the job's log and follow it.</summary>
    public sealed record FollowJob(GanetiJob Job) : ActionResult;

    /// <summary>Open the runbook's pane; <paramref name="Why"/>, when given, is said as a warning.</summary>
    public sealed record ShowRunbook(long Id, string? Why = null) : ActionResult;

    /// <summary>Go to the row <paramref name="Key"/> of another list.</summary>
    public sealed record Jump(ViewKind Kind, string Key) : ActionResult;

    /// <summary>Open the selected row's detail pane, as Enter does on any list.</summary>
    public sealed record Describe : ActionResult;

    /// <summary>Hand an intent to the App (nothing to confirm: it changes nothing); <paramref name="Notice"/>, when given, says what is under way.</summary>
    public sealed record Raise(ConsoleIntent Intent, string? Notice = null) : ActionResult;

    /// <summary>Say <paramref name="Notice"/> (when given), then run a console command.</summary>
    public sealed record Then(string Command, string? Notice = null) : ActionResult;

    private sealed record Nothing : ActionResult;
}

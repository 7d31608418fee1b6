using GntTui.Engine.Operations;
using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// An operation from key to intent: what a kind said a command means becomes a dialog, a question
/// or a toast; what the operator confirms is sent; a multi-select's pane and a runbook started
/// here open when there is something to show.
/// </summary>
internal sealed class OperationFlow(OperationSender sender, Action<ConsoleIntent> intents, ToastCenter toasts, BodyPanes body, string? operatorName)
{
    private string? _awaitRunbookFor;
    private Action<object>? _post;

    public Confirmations Confirmations { get; } = new();

    public OperationSender Sender => sender;

    /// <summary>From now on dialogs check off the UI loop and post their findings with <paramref name="post"/>.</summary>
    public void CheckOffLoop(Action<object> post) => _post = post;

    /// <summary>Opens the dialog or question, or says the refusal; false for results that are not about operations.</summary>
    public bool Offer(ActionResult result, ConsoleData data)
    {
        switch (result)
        {
            case ActionResult.Confirm when data.Snapshot.FromCache:
                // The list is the last run's picture: an operation chosen on it may be the wrong one
                // (a kill left a running instance cached as stopped, and s offered Start).
                toasts.Show("the list is the cached picture of an earlier run: wait for the cluster's first answer (● live) before sending anything", ToastLevel.Warning);
                return true;
            case ActionResult.Confirm confirm:
                Confirmations.Open(new OperationDialog(confirm.Request, data, operatorName, _post is { } post ? PreflightRunner.OffLoop(post) : null));
                return true;
            case ActionResult.Ask ask:
                Confirmations.Ask(ask.Question, ask.OnYes);
                return true;
            case ActionResult.Refused refused:
                toasts.Show(refused.Why, ToastLevel.Warning);
                return true;
            case ActionResult.Told told:
                toasts.Show(told.Text);
                return true;
            case ActionResult.Send send:
                intents(send.Intent);
                if (send.Notice is { } notice)
                {
                    toasts.Show(notice);
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary>A key for the open dialog or question; what it confirms is sent.</summary>
    public void HandleKey(KeyEvent key, ConsoleData data)
    {
        var (confirmed, answered) = Confirmations.HandleKey(key);
        if (confirmed is not null && sender.Send(confirmed) is { } group)
        {
            body.ShowGroup(group, data);
        }

        if (answered is ConsoleIntent.StartRunbook start)
        {
            // Its pane opens when the App reports the runbook just started.
            _awaitRunbookFor = start.Node;
        }

        if (answered is not null)
        {
            intents(answered);
        }
    }

    /// <summary>A runbook's news: the one just started here gets its pane, unless a confirmation is in the way.</summary>
    public void Arrived(RunbookState runbook, ConsoleData data)
    {
        if (_awaitRunbookFor == runbook.Node && !Confirmations.IsOpen)
        {
            _awaitRunbookFor = null;
            body.ShowRunbook(runbook.Id, data);
        }
    }
}

using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Dialogs;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// What a confirmed operation dialog becomes: one operation through the gate, a group as one job
/// per ready row (followed in the group pane), a cancel by the job canceller. Nothing is sent from
/// here but intents; the groups' progress comes back as <see cref="GroupUpdate"/>s.
/// </summary>
internal sealed class OperationSender(Action<ConsoleIntent> intents, ToastCenter toasts)
{
    private readonly Dictionary<int, JobGroupStatus> _groups = [];
    private int _nextGroupId;

    public IReadOnlyDictionary<int, JobGroupStatus> Groups => _groups;

    /// <summary>The newest multi-select's id; null before the first.</summary>
    public int? LastGroup => _groups.Count == 0 ? null : _groups.Keys.Max();

    public void Update(GroupUpdate update) => _groups[update.GroupId] = update.Status;

    /// <summary>Sends what the dialog confirmed; the new group's id when it was a multi-select (to show its pane).</summary>
    public int? Send(OperationDialog dialog)
    {
        if (dialog.Operations.All(op => op is JobCancel))
        {
            foreach (var op in dialog.IsGroup ? dialog.Ready : dialog.Operations)
            {
                intents(new ConsoleIntent.CancelJob(((JobCancel)op).JobId));
            }

            return null;
        }

        if (!dialog.IsGroup)
        {
            intents(new ConsoleIntent.Submit(dialog.Single!, dialog.Override));
            toasts.Show($"sending: {dialog.Single!.Operation.Verb} {dialog.Single.Operation.TargetName}");
            return null;
        }

        var id = ++_nextGroupId;
        var ready = dialog.Ready;
        var title = $"{dialog.Request.Title} ({ready.Count} job{(ready.Count == 1 ? "" : "s")})";
        _groups[id] = new JobGroupStatus(title, [.. ready.Select((op, i) => new JobGroupRow(i, op, JobRowState.Pending))]);
        intents(new ConsoleIntent.SubmitGroup(id, title, ready));
        return id;
    }
}

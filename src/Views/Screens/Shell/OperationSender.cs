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

        if (dialog.Request.Stages is { } stages)
        {
            return SendStages(dialog, stages);
        }

        var id = ++_nextGroupId;
        var ready = dialog.Ready;
        var title = $"{dialog.Request.Title} ({ready.Count} job{(ready.Count == 1 ? "" : "s")})";
        _groups[id] = new JobGroupStatus(title, [.. ready.Select((op, i) => new JobGroupRow(i, op, JobRowState.Pending))]);
        intents(new ConsoleIntent.SubmitGroup(id, title, ready));
        return id;
    }

    /// <summary>A plan goes whole: with a blocked row nothing is sent, since the later stages depend on the earlier ones.</summary>
    private int? SendStages(OperationDialog dialog, IReadOnlyList<int> sizes)
    {
        var all = dialog.Operations;
        if (dialog.Ready.Count != all.Count || sizes.Sum() != all.Count)
        {
            toasts.Show($"{dialog.Request.Title}: not sent, the pre-flight blocks {all.Count - dialog.Ready.Count} of its {all.Count} commands and a plan goes whole", ToastLevel.Warning);
            return null;
        }

        var stages = new List<IReadOnlyList<GanetiOperation>>();
        var at = 0;
        foreach (var size in sizes)
        {
            stages.Add([.. all.Skip(at).Take(size)]);
            at += size;
        }

        var id = ++_nextGroupId;
        var title = $"{dialog.Request.Title} ({all.Count} job{(all.Count == 1 ? "" : "s")})";
        _groups[id] = new JobGroupStatus(title, [.. all.Select((op, i) => new JobGroupRow(i, op, JobRowState.Pending))]);
        intents(new ConsoleIntent.SubmitStages(id, title, stages));
        return id;
    }
}

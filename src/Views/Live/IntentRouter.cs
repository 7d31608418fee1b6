using GntTui.Engine.Live;
using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Live;

/// <summary>
/// The console's intents handed to the Engine's operation center: each call returns at once (the
/// center does its work on the pool), so the UI loop never waits. Quitting is the host's.
/// </summary>
public sealed class IntentRouter
{
    private readonly OperationCenter _operations;
    private readonly Action _quit;
    private readonly ObjectDesk? _objects;

    /// <param name="objects">Info, consoles and the clipboard; null leaves those intents unanswered.</param>
    public IntentRouter(OperationCenter operations, Action quit, ObjectDesk? objects = null)
    {
        _operations = operations;
        _quit = quit;
        _objects = objects;
    }

    public void Handle(ConsoleIntent intent)
    {
        switch (intent)
        {
            case ConsoleIntent.Submit s:
                _operations.Submit(s.Report, s.TypedOverride);
                break;
            case ConsoleIntent.SubmitGroup g:
                _operations.SubmitGroup(g.GroupId, g.Title, g.Operations);
                break;
            case ConsoleIntent.SubmitStages g:
                _operations.SubmitStages(g.GroupId, g.Title, g.Stages);
                break;
            case ConsoleIntent.PlanBalance b:
                _operations.PlanBalance(b.Options);
                break;
            case ConsoleIntent.PlanRoll r:
                _operations.PlanRoll(r.Options);
                break;
            case ConsoleIntent.SetWatcher w:
                _operations.SetWatcher(w.Duration, w.Reason);
                break;
            case ConsoleIntent.CancelJob c:
                _operations.Cancel(c.JobId);
                break;
            case ConsoleIntent.Verify v:
                _operations.Verify(v.IgnoreCodes);
                break;
            case ConsoleIntent.LoadAudit:
                _operations.LoadAudit();
                break;
            case ConsoleIntent.StartRunbook r:
                _operations.StartRunbook(r.Node, r.TypedOverride, r.PauseWatcher);
                break;
            case ConsoleIntent.StartRoll roll:
                _operations.StartRoll(roll.Groups, roll.PauseWatcher);
                break;
            case ConsoleIntent.AnswerRoll a when a.Answer == RollAnswer.Pause:
                _operations.PauseRoll(a.RollId);
                break;
            case ConsoleIntent.AnswerRoll a when a.Answer == RollAnswer.Continue:
                _operations.ContinueRoll(a.RollId, a.TypedOverrides);
                break;
            case ConsoleIntent.AnswerRoll a:
                _operations.AbortRoll(a.RollId);
                break;
            case ConsoleIntent.StartRunbooks many:
                foreach (var node in many.Nodes)
                {
                    _operations.StartRunbook(node, null);
                }

                break;
            case ConsoleIntent.AnswerRunbook a:
                _operations.AnswerRunbook(a.RunbookId, a.StepId, Reply(a.Answer));
                break;
            case ConsoleIntent.Refresh:
                _operations.RefreshNow();
                break;
            case ConsoleIntent.FollowJob f:
                _operations.Watch(f.JobId);
                break;
            case ConsoleIntent.StopFollowing s:
                _operations.StopWatching(s.JobId);
                break;
            case ConsoleIntent.Quit:
                _quit();
                break;
            case ConsoleIntent.LoadInfo i:
                _objects?.LoadInfo(i.Kind, i.Name);
                break;
            case ConsoleIntent.OpenConsole o:
                _objects?.OpenConsole(o.Instance);
                break;
            case ConsoleIntent.CopyText c:
                _objects?.Copy(c.Text);
                break;
        }
    }

    private static RunbookReply Reply(RunbookAnswer answer) => answer switch
    {
        RunbookAnswer.Confirm => RunbookReply.Confirm,
        RunbookAnswer.Skip => RunbookReply.Skip,
        RunbookAnswer.Retry => RunbookReply.Retry,
        _ => RunbookReply.Abort,
    };
}

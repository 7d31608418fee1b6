namespace GntTui.Engine.Operations;

/// <summary>
/// A runbook's state and its changes: one writer at a time, every change checkpointed to the store
/// (log lines excepted) and raised; and the signal that wakes the runbook when the operator answers.
/// </summary>
internal sealed class RunbookJournal
{
    private readonly RunbookContext _ctx;
    private readonly Lock _gate = new();
    private TaskCompletionSource _answered = NewSignal();
    private RunbookState _state;

    public RunbookJournal(RunbookContext ctx, RunbookState state)
    {
        _ctx = ctx;
        _state = state;
    }

    public RunbookState Current
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    public string Node => Current.Node;

    /// <summary>Raised on a worker thread after every change (already checkpointed, except log lines).</summary>
    public event Action<RunbookState>? Changed;

    public void Mutate(Func<RunbookState, RunbookState> change, bool save = true)
    {
        RunbookState s;
        lock (_gate)
        {
            s = change(_state) with { UpdatedAt = _ctx.Time.GetUtcNow() };
            if (save)
            {
                _ctx.Store.Save(s);
            }
            _state = s;
        }
        Changed?.Invoke(s);
    }

    public void MutateStep(string stepId, Func<RunbookStep, RunbookStep> change) =>
        Mutate(s => Replace(s, change(s.Step(stepId))));

    public void MutateAction(string stepId, int index, Func<RunbookAction, RunbookAction> change, bool save = true) =>
        Mutate(s =>
        {
            var step = s.Step(stepId);
            return Replace(s, step with { Actions = With(step.Actions, index, change(step.Actions[index])) });
        }, save);

    public RunbookStep Finished(RunbookStep s, RunbookStepState state, string? message) =>
        s with { State = state, Message = message, Question = null, FinishedAt = _ctx.Time.GetUtcNow() };

    public static RunbookState Replace(RunbookState s, RunbookStep step) =>
        s with { Steps = s.Steps.Select(x => x.Id == step.Id ? step : x).ToList() };

    public static List<RunbookAction> With(IReadOnlyList<RunbookAction> actions, int index, RunbookAction action)
    {
        var list = actions.ToList();
        list[index] = action;
        return list;
    }

    /// <summary>Completes when the operator next answers; taken before advancing, so an answer given meanwhile is not missed.</summary>
    public Task NextAnswer()
    {
        lock (_gate)
        {
            return _answered.Task;
        }
    }

    public void Signal()
    {
        TaskCompletionSource answered;
        lock (_gate)
        {
            answered = _answered;
            _answered = NewSignal();
        }
        answered.TrySetResult();
    }

    /// <summary>Ganeti's failure text ends with the reason ("Failure: …\nerror type: …\nthe reason").</summary>
    public static string LastLine(string? text) =>
        text?.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no message";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Screens.Shell;

/// <summary>Ended jobs' logs, kept so reopening one shows its end and Ganeti's message at once.</summary>
internal sealed class EndedLogs
{
    private const int Max = 200;
    private readonly Dictionary<long, JobLogUpdate> _logs = [];

    public void Keep(JobLogUpdate update)
    {
        if (update.Outcome is null)
        {
            return;
        }

        if (_logs.Count >= Max)
        {
            _logs.Remove(_logs.Keys.Min());
        }

        _logs[update.JobId] = update;
    }

    public JobLogUpdate? For(long jobId) => _logs.GetValueOrDefault(jobId);
}

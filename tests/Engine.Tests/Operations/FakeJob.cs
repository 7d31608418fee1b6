using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Tests.Operations;

internal sealed class FakeJob(long id, string summary, string target)
{
    public long Id { get; } = id;
    public string Summary { get; } = summary;
    public string Target { get; } = target;
    public JobStatus Status { get; set; } = JobStatus.Queued;
    public List<string> Log { get; } = [];
    public string? Failure { get; set; }
    public Func<IEnumerable<string>>? Effect { get; set; }
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsFinished => Status is JobStatus.Success or JobStatus.Error or JobStatus.Canceled;

    public string Line()
    {
        var status = Status.ToString().ToLowerInvariant();
        var ended = IsFinished ? "[1795266263, 459786]" : "None";
        var started = Status == JobStatus.Queued ? "None" : "[1795266262, 105754]";
        return $"{Id}|{status}|{Summary}|[1795266261, 598261]|{started}|{ended}\n";
    }
}

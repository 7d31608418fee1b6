using GntTui.Engine.Ganeti;

namespace GntTui.Simulator;

/// <summary>A job in the queue: one opcode, its timestamps, its log and how it ended.</summary>
public sealed class SimJob
{
    private readonly List<SimLogEntry> _log = [];

    internal SimJob(long id, SimOpcode opcode, DateTimeOffset received)
    {
        Id = id;
        Opcode = opcode;
        Received = received;
    }

    public long Id { get; }
    internal SimOpcode Opcode { get; }
    public string Summary => Opcode.Summary;
    public string OpId => Opcode.OpId;
    public JobStatus Status { get; internal set; } = JobStatus.Queued;
    public DateTimeOffset Received { get; }
    /// <summary>Picked up by a worker (Ganeti's start_ts), before any locks were acquired.</summary>
    public DateTimeOffset? Started { get; internal set; }
    /// <summary>Locks acquired, the opcode runs (opexec).</summary>
    public DateTimeOffset? ExecStarted { get; internal set; }
    public DateTimeOffset? Ended { get; internal set; }
    public IReadOnlyList<SimLogEntry> Log => _log;
    public SimOpException? Error { get; internal set; }
    /// <summary>The opcode's result when it succeeded, for gnt-job info (null prints "None").</summary>
    internal object? Result { get; set; }
    internal IEnumerator<TimeSpan>? Runner { get; set; }
    internal IReadOnlyList<string> HeldLocks { get; set; } = [];
    internal bool PastPrereq { get; set; }

    public bool IsFinished => Status is JobStatus.Success or JobStatus.Error or JobStatus.Canceled;

    /// <summary>Job status as Ganeti spells it.</summary>
    public string StatusText => Status.ToString().ToLowerInvariant();

    internal void AddLog(DateTimeOffset time, string message) => _log.Add(new SimLogEntry(_log.Count + 1, time, message));
}

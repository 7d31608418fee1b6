using GntTui.Engine.Ganeti;

namespace GntTui.Simulator;

/// <summary>
/// Ganeti's job queue: a job is queued, picked up by a worker (start_ts, status waiting), runs once
/// it holds all its locks (jobs touching the same instance or node run one after the other), and
/// ends in success or error. At most <see cref="MaxRunning"/> jobs are picked up at a time.
/// </summary>
internal sealed class SimJobQueue(SimulatedCluster cluster)
{
    public const int MaxRunning = 20;

    private readonly List<SimJob> _jobs = [];
    private readonly Dictionary<long, SimJob> _byId = [];
    private readonly Dictionary<string, long> _locks = new(StringComparer.Ordinal);
    private readonly List<SimJob> _waiting = [];
    private readonly Queue<SimJob> _backlog = new();
    private int _active;
    private long _nextId = 1;

    public IReadOnlyList<SimJob> Jobs => _jobs;

    public SimJob? Find(long id) => _byId.GetValueOrDefault(id);

    /// <summary>Numbers the next job from here (a demo cluster has a history).</summary>
    public void StartIdsAt(long id) => _nextId = Math.Max(_nextId, id);

    public SimJob Submit(SimOpcode opcode)
    {
        var job = new SimJob(_nextId++, opcode, cluster.Scheduler.Now);
        _jobs.Add(job);
        _byId[job.Id] = job;
        cluster.Scheduler.After(TimeSpan.FromSeconds(cluster.Rng.Between(0.25, 0.55)), () => PickUp(job));
        return job;
    }

    /// <summary>gnt-job cancel: only jobs that have not started running can be cancelled.</summary>
    /// <summary>
    /// luxid's answers (Ganeti 3.0 Query/Server.hs CancelJob, JQueue.hs, JQScheduler.rmJob): a job not
    /// yet handed to execution is dequeued; a waiting one is signalled and waited for; a running one
    /// cannot be; one that is no longer in the queue (finished, or never there) is "not found".
    /// </summary>
    public (bool Ok, string Message) Cancel(long id)
    {
        if (Find(id) is not { } job || job.IsFinished)
        {
            return (false, $"Job {id} not found in queue");
        }
        switch (job.Status)
        {
            case JobStatus.Queued:
                Finish(job, JobStatus.Canceled, null);
                return (true, $"Dequeued job {id}");
            case JobStatus.Waiting:
                job.Status = JobStatus.Canceling;
                cluster.Scheduler.After(TimeSpan.FromMilliseconds(50), Dispatch);
                return (true, "Job successfully cancelled");
            default:
                return (false, "Job no longer waiting, can't cancel (informed it anyway)");
        }
    }

    /// <summary>Lets go of some locks mid-job (replace-disks frees its nodes while the disks sync), then lets waiting jobs in.</summary>
    public void Release(SimJob job, Func<string, bool> which)
    {
        var freed = job.HeldLocks.Where(which).ToList();
        foreach (var l in freed)
        {
            _locks.Remove(l);
        }
        job.HeldLocks = [.. job.HeldLocks.Except(freed)];
        Dispatch();
    }

    private void PickUp(SimJob job)
    {
        if (job.Status != JobStatus.Queued)
        {
            return;
        }
        if (_active >= MaxRunning)
        {
            _backlog.Enqueue(job);
            return;
        }
        _active++;
        job.Started = cluster.Scheduler.Now;
        job.Status = JobStatus.Waiting;
        _waiting.Add(job);
        Dispatch();
    }

    /// <summary>Hands locks to waiting jobs in job order; a job never overtakes an older one on a contended lock.</summary>
    private void Dispatch()
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var job in _waiting.ToList())
        {
            if (job.Status == JobStatus.Canceling)
            {
                _waiting.Remove(job);
                Finish(job, JobStatus.Canceled, null);
                continue;
            }
            var locks = job.Opcode.LockNames(cluster).Distinct(StringComparer.Ordinal).ToList();
            if (locks.Any(l => _locks.ContainsKey(l) || wanted.Contains(l)))
            {
                wanted.UnionWith(locks);
                continue;
            }
            foreach (var l in locks)
            {
                _locks[l] = job.Id;
            }
            job.HeldLocks = locks;
            _waiting.Remove(job);
            job.Status = JobStatus.Running;
            var execAt = cluster.Scheduler.Now + TimeSpan.FromSeconds(cluster.Rng.Between(0.08, 0.16));
            job.ExecStarted = execAt;
            cluster.Scheduler.At(execAt, () => Resume(job));
        }
    }

    private void Resume(SimJob job)
    {
        try
        {
            job.Runner ??= job.Opcode.Run(new SimJobContext(cluster, job)).GetEnumerator();
            if (job.Runner.MoveNext())
            {
                cluster.Scheduler.After(job.Runner.Current, () => Resume(job));
                return;
            }
            Finish(job, JobStatus.Success, null);
        }
        catch (SimOpException e)
        {
            Finish(job, JobStatus.Error, e);
        }
    }

    private void Finish(SimJob job, JobStatus status, SimOpException? error)
    {
        var wasActive = job.Started is not null;
        job.Status = status;
        job.Error = error;
        job.Ended = cluster.Scheduler.Now;
        job.Runner?.Dispose();
        job.Runner = null;
        foreach (var l in job.HeldLocks)
        {
            _locks.Remove(l);
        }
        job.HeldLocks = [];
        if (wasActive)
        {
            _active--;
            while (_active < MaxRunning && _backlog.TryDequeue(out var next))
            {
                PickUp(next);
            }
        }
        Dispatch();
    }
}

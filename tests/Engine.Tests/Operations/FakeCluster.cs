using System.Globalization;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Operations;

/// <summary>
/// A small stateful Ganeti for operation tests: it answers the Engine's exact list argv from its
/// state, takes the mutations the Engine sends (<c>--submit</c>, printing "JobID: N"), runs them as
/// jobs with Ganeti's real messages, and streams <c>gnt-job watch</c>. Jobs of a held name stay
/// running until released. Anything else it was not built for fails the test.
/// </summary>
internal sealed class FakeCluster : IRemoteShell, ITerminalShell
{
    private readonly Lock _gate = new();
    private long _nextJob = 100;

    public List<FakeNode> Nodes { get; } = [];
    public List<FakeInstance> Instances { get; } = [];
    public List<FakeJob> Jobs { get; } = [];

    /// <summary>Every mutation received, in order.</summary>
    public List<IReadOnlyList<string>> Mutations { get; } = [];

    /// <summary>Every answer typed on a terminal.</summary>
    public List<string> TerminalAnswers { get; } = [];

    /// <summary>Instance name → the hypervisor's complaint: its live migration fails.</summary>
    public Dictionary<string, string> FailMigration { get; } = new(StringComparer.Ordinal);

    /// <summary>Jobs whose target is named here stay running (or queued) until <see cref="Release"/>.</summary>
    public HashSet<string> Hold { get; } = new(StringComparer.Ordinal);

    public JobStatus HeldStatus { get; set; } = JobStatus.Running;

    public string Target => "fake";

    /// <summary>Until when the watcher is paused, as time.ctime prints it; null when it is not.</summary>
    public string? WatcherUntil { get; set; }

    /// <summary>Every <c>gnt-cluster watcher</c> command received, in order.</summary>
    public List<string> WatcherCommands { get; } = [];

    /// <summary>The next watcher command fails with this message (then it works again).</summary>
    public string? FailWatcher { get; set; }

    private DateTime _watcherClock = new(2026, 12, 3, 13, 0, 0, DateTimeKind.Utc);

    public static FakeCluster ThreeNodes()
    {
        var c = new FakeCluster();
        c.Nodes.Add(new FakeNode("node1.example.com") { Master = true });
        c.Nodes.Add(new FakeNode("node2.example.com"));
        c.Nodes.Add(new FakeNode("node3.example.com"));
        return c;
    }

    public FakeCluster Instance(string name, string template, string primary, string? secondary = null, long memory = 512, bool running = true)
    {
        Instances.Add(new FakeInstance(name, template, primary) { Secondary = secondary, Memory = memory, Running = running });
        return this;
    }

    public FakeNode Node(string name) => Nodes.Single(n => n.Name == name);

    public FakeInstance Inst(string name) => Instances.Single(i => i.Name == name);

    public void Release(string name)
    {
        Hold.Remove(name);
        List<FakeJob> held;
        lock (_gate)
        {
            held = Jobs.Where(j => j.Target == name && !j.IsFinished).ToList();
        }
        foreach (var j in held)
        {
            Finish(j);
        }
    }

    public Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(Answer(argv));
        }
    }

    public async Task<IReadOnlyList<CommandResult>> RunBatchAsync(IReadOnlyList<IReadOnlyList<string>> commands, TimeSpan timeout, CancellationToken ct)
    {
        var results = new List<CommandResult>();
        foreach (var c in commands)
        {
            results.Add(await RunAsync(c, timeout, ct));
        }
        return results;
    }

    public async Task<CommandResult> StreamAsync(IReadOnlyList<string> argv, Func<string, ValueTask> onLine, CancellationToken ct)
    {
        if (argv.Count != 3 || argv[0] != "gnt-job" || argv[1] != "watch")
        {
            throw new InvalidOperationException("unexpected stream: " + string.Join(' ', argv));
        }
        FakeJob job;
        lock (_gate)
        {
            job = Jobs.Single(j => j.Id == long.Parse(argv[2], CultureInfo.InvariantCulture));
        }
        await job.Done.Task.WaitAsync(ct);
        foreach (var line in new[] { $"Output from job {job.Id} follows", "--------------------------" }.Concat(job.Log))
        {
            await onLine(line);
        }
        return new CommandResult(job.Status == JobStatus.Success ? 0 : 1, "", job.Failure is null ? "" : $"Job {job.Id} failed: {job.Failure}\n", TimeSpan.Zero);
    }

    public async Task<CommandResult> RunWithTerminalAsync(IReadOnlyList<string> argv, string answer, TimeSpan timeout, CancellationToken ct)
    {
        TerminalAnswers.Add(answer);
        var r = await RunAsync(argv, timeout, ct);
        var question = $"To failover instance {argv[^1]}, the source node must be marked\noffline first. Is this already the case?\ny/[n]/?: ";
        return r with { Stdout = answer + question + r.Stdout + r.Stderr, Stderr = "Connection to fake closed.\n" };
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private CommandResult Answer(IReadOnlyList<string> argv)
    {
        if (argv.SequenceEqual(GanetiQueries.NodeList()))
        {
            return Ok(string.Concat(Nodes.Select(n => n.Line(Instances))));
        }
        if (argv.SequenceEqual(GanetiQueries.InstanceList()))
        {
            return Ok(string.Concat(Instances.Select(i => i.Line())));
        }
        if (argv.SequenceEqual(GanetiQueries.JobList()))
        {
            return Ok(string.Concat(Jobs.Select(j => j.Line())));
        }
        if (argv.Count == GanetiQueries.JobList().Count + 1 && argv.Take(argv.Count - 1).SequenceEqual(GanetiQueries.JobList()))
        {
            return Ok(string.Concat(Jobs.Where(j => j.Id.ToString(CultureInfo.InvariantCulture) == argv[^1]).Select(j => j.Line())));
        }
        if (argv.Count >= 3 && argv[0] == "gnt-cluster" && argv[1] == "watcher")
        {
            return Watcher(argv);
        }
        if (argv.Count >= 3 && argv[0] is "gnt-instance" or "gnt-node" or "gnt-job")
        {
            Mutations.Add(argv);
            return Submit(argv);
        }
        throw new InvalidOperationException("unexpected command: " + string.Join(' ', argv));
    }

    /// <summary>gnt_cluster.py WatcherOps' three sentences (lab captures in Fixtures/planners/watcher-*).</summary>
    private CommandResult Watcher(IReadOnlyList<string> argv)
    {
        WatcherCommands.Add(string.Join(' ', argv.Skip(2)));
        if (FailWatcher is { } failure)
        {
            FailWatcher = null;
            return new CommandResult(1, "", failure + "\n", TimeSpan.Zero);
        }
        switch (argv[2])
        {
            case "pause":
                _watcherClock = _watcherClock.AddSeconds(long.Parse(argv[3], CultureInfo.InvariantCulture));
                WatcherUntil = _watcherClock.ToString("ddd MMM ", CultureInfo.InvariantCulture) + _watcherClock.Day.ToString(CultureInfo.InvariantCulture).PadLeft(2) + _watcherClock.ToString(" HH:mm:ss yyyy", CultureInfo.InvariantCulture);
                return Ok($"The watcher is paused until {WatcherUntil}.\n");
            case "continue":
                WatcherUntil = null;
                return Ok("The watcher is no longer paused.\n");
            default:
                return Ok(WatcherUntil is null ? "The watcher is not paused.\n" : $"The watcher is paused until {WatcherUntil}.\n");
        }
    }

    private CommandResult Submit(IReadOnlyList<string> argv)
    {
        var (options, target) = FakeArgs.Parse(argv);
        if (argv[0] == "gnt-job" && argv[1] == "cancel")
        {
            var job = Jobs.Single(j => j.Id == long.Parse(target, CultureInfo.InvariantCulture));
            if (job.Status is not (JobStatus.Queued or JobStatus.Waiting))
            {
                // luxid's words (Ganeti 3.0), on stdout: a finished job has left the queue.
                return new CommandResult(1, job.IsFinished ? $"Job {job.Id} not found in queue\n" : "Job no longer waiting, can't cancel (informed it anyway)\n", "", TimeSpan.Zero);
            }
            job.Effect = () => throw new FakeJobCanceled();
            Finish(job);
            return Ok("Job successfully cancelled\n");
        }
        var op = $"{argv[0]} {argv[1]}";
        var summary = op switch
        {
            "gnt-node modify" => $"NODE_SET_PARAMS({target})",
            "gnt-instance migrate" => $"INSTANCE_MIGRATE({target})",
            "gnt-instance failover" => $"INSTANCE_FAILOVER({target})",
            "gnt-instance replace-disks" => $"INSTANCE_REPLACE_DISKS({target})",
            _ => throw new InvalidOperationException("unexpected mutation: " + string.Join(' ', argv)),
        };
        var fake = new FakeJob(_nextJob++, summary, target) { Effect = () => FakeEffects.Apply(this, argv[1], options, target) };
        Jobs.Add(fake);
        if (Hold.Contains(target))
        {
            fake.Status = HeldStatus;
        }
        else
        {
            Finish(fake);
        }
        // Where Ganeti prints it: SubmitOrSend raises JobSubmittedException, GenericMain writes it to stderr.
        return new CommandResult(0, "", $"JobID: {fake.Id}\n", TimeSpan.FromMilliseconds(1));
    }

    private void Finish(FakeJob job)
    {
        lock (_gate)
        {
            try
            {
                job.Log.AddRange(job.Effect?.Invoke() ?? []);
                job.Status = JobStatus.Success;
            }
            catch (FakeJobCanceled)
            {
                job.Status = JobStatus.Canceled;
            }
            catch (FakeJobFailed e)
            {
                job.Log.AddRange(e.Log);
                job.Status = JobStatus.Error;
                job.Failure = e.Message;
            }
        }
        job.Done.TrySetResult();
    }

    private static CommandResult Ok(string stdout) => new(0, stdout, "", TimeSpan.FromMilliseconds(1));
}

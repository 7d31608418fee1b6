namespace GntTui.EndToEnd.Tests;

/// <summary>
/// What runs on the lab's nodes on behalf of ssh clients, read from /proc: the sshd sessions inside
/// the lab's network namespace and everything under them (<c>gnt-job watch</c>, the DRBD sampling
/// loops, any command still running). A pid namespace is not separate, so the netns tells the lab's
/// processes from the machine's.
/// </summary>
internal sealed class RemoteProcesses
{
    private readonly HashSet<int> _pids;

    private RemoteProcesses(IReadOnlyList<RemoteProcess> all)
    {
        All = all;
        var children = all.ToLookup(p => p.PPid);
        var remote = new List<RemoteProcess>();
        var queue = new Queue<RemoteProcess>(Sessions());
        while (queue.TryDequeue(out var p))
        {
            remote.Add(p);
            foreach (var c in children[p.Pid])
            {
                queue.Enqueue(c);
            }
        }
        Remote = remote;
        _pids = [.. remote.Select(p => p.Pid)];
    }

    /// <summary>Every process in the lab's network namespace (Ganeti's daemons too).</summary>
    public IReadOnlyList<RemoteProcess> All { get; }

    /// <summary>The sshd sessions and everything they run.</summary>
    public IReadOnlyList<RemoteProcess> Remote { get; }

    public static RemoteProcesses Now()
    {
        var ns = LabFault.Run("stat", "-L", "-c", "%i", "/run/netns/gntlab").Trim();
        var all = new List<RemoteProcess>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                if (new FileInfo(Path.Combine(dir, "ns", "net")).LinkTarget != $"net:[{ns}]")
                {
                    continue;
                }
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // "pid (comm) state ppid …": comm may hold spaces and parentheses, so read after the last ')'.
                var close = stat.LastIndexOf(')');
                var comm = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..close];
                var ppid = int.Parse(stat[(close + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
                var args = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ').Trim();
                all.Add(new RemoteProcess(pid, ppid, comm, args));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone while we looked.
            }
        }
        return new RemoteProcesses(all);
    }

    /// <summary>The sshd processes that serve a connection (not the listener).</summary>
    public IEnumerable<RemoteProcess> Sessions() =>
        All.Where(p => p.Comm.StartsWith("sshd", StringComparison.Ordinal) && !p.Args.Contains("[listener]", StringComparison.Ordinal));

    public bool Contains(int pid) => _pids.Contains(pid);

    /// <summary>The remote processes that were not there at <paramref name="baseline"/>.</summary>
    public IReadOnlyList<RemoteProcess> Since(RemoteProcesses baseline) => [.. Remote.Where(p => !baseline.Contains(p.Pid))];

    /// <summary>Waits up to <paramref name="limit"/> for every remote process started since <paramref name="baseline"/> to end; returns what is left and how long it took.</summary>
    public static (IReadOnlyList<RemoteProcess> Left, TimeSpan Took) WaitForNone(RemoteProcesses baseline, TimeSpan limit)
    {
        var started = DateTime.UtcNow;
        while (true)
        {
            var left = Now().Since(baseline);
            if (left.Count == 0 || DateTime.UtcNow - started > limit)
            {
                return (left, DateTime.UtcNow - started);
            }
            Thread.Sleep(250);
        }
    }
}

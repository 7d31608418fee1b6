namespace GntTui.Simulator;

/// <summary>
/// The simulated Ganeti cluster behind the demo: nodes, instances, DRBD mirrors, a job queue, and
/// the command handlers that answer in Ganeti's real formats. All state sits behind one lock; every
/// look at the cluster first plays the simulation forward to <see cref="Time"/>'s present, so in
/// the demo it advances in real time without a thread of its own, and under a <see cref="SimClock"/>
/// it advances exactly as far as a test says.
/// </summary>
public sealed class SimulatedCluster
{
    private readonly object _gate = new();
    private readonly Dictionary<string, SimNode> _nodes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SimInstance> _instances = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SimNodeGroup> _groups = [];
    private SimNode[] _sortedNodes = [];
    private SimInstance[] _sortedInstances = [];
    private bool _sortDirty;
    private int _nextPort = 11000;

    internal SimulatedCluster(string name, TimeProvider time, long seed, SimClusterOptions? options = null)
    {
        Name = name;
        Time = time;
        Seed = seed;
        Options = options ?? new SimClusterOptions();
        Rng = new SimRandom(seed);
        Uuid = Rng.NextUuid();
        Created = time.GetUtcNow();
        Scheduler = new SimScheduler(Created);
        Queue = new SimJobQueue(this);
        Faults = new FaultInjector(time);
        Router = new SimCommandRouter(this);
        Mirrors = new SimDrbdMirrors(this);
        Placement = new SimPlacement(this);
        Power = new SimNodePower(this);
    }

    public string Name { get; }
    public string Uuid { get; }
    public long Seed { get; }
    public DateTimeOffset Created { get; }
    public TimeProvider Time { get; }
    public SimClusterOptions Options { get; }
    public FaultInjector Faults { get; }
    public string SoftwareVersion => "3.0.2";
    public SimNode Master { get; internal set; } = null!;

    /// <summary>Until when <c>gnt-cluster watcher pause</c> paused the watcher; null (or past) when it is not paused.</summary>
    public DateTimeOffset? WatcherPausedUntil { get; internal set; }

    internal SimScheduler Scheduler { get; }
    internal SimJobQueue Queue { get; }
    internal SimRandom Rng { get; }
    internal SimCommandRouter Router { get; }
    internal SimDrbdMirrors Mirrors { get; }
    internal SimPlacement Placement { get; }
    internal SimNodePower Power { get; }

    /// <summary>The cluster's drbd:resync-rate disk parameter, KiB/s: the options' until gnt-cluster modify changes it.</summary>
    public long DrbdResyncRateKiBps => Mirrors.DrbdResyncRateKiBps;

    /// <summary>Nodes in Ganeti's order (NiceSort by name).</summary>
    public IReadOnlyList<SimNode> Nodes
    {
        get
        {
            SortIfNeeded();
            return _sortedNodes;
        }
    }

    /// <summary>Instances in Ganeti's order (NiceSort by name).</summary>
    public IReadOnlyList<SimInstance> Instances
    {
        get
        {
            SortIfNeeded();
            return _sortedInstances;
        }
    }

    public IReadOnlyList<SimNodeGroup> Groups => _groups;

    /// <summary>Instances in the order they were added (the simulation's own order, which keeps it deterministic).</summary>
    internal IEnumerable<SimInstance> InstanceRecords => _instances.Values;

    /// <summary>Every job so far, as of now.</summary>
    public IReadOnlyList<SimJob> Jobs => Locked(() => Queue.Jobs.ToList());

    /// <summary>Finds a node by full name or by its short name (node1 for node1.example.com), as Ganeti expands names.</summary>
    public SimNode? FindNode(string name) =>
        _nodes.TryGetValue(name, out var n) ? n : _nodes.GetValueOrDefault(name + "." + Options.DomainSuffix);

    public SimInstance? FindInstance(string name) =>
        _instances.TryGetValue(name, out var i) ? i : _instances.GetValueOrDefault(name + "." + Options.DomainSuffix);

    /// <summary>A job as of now (the simulation is played up to the clock first).</summary>
    public SimJob? FindJob(long id) => Locked(() => Queue.Find(id));

    /// <summary>A remote shell onto one host: "master" (the current master, which follows a master failover) or a node name.</summary>
    public SimulatedShell OpenShell(string host = "master", SimulatedShellOptions? options = null) =>
        new(this, host, options ?? new SimulatedShellOptions());

    /// <summary>Plays the simulation forward to the clock's present.</summary>
    public void Synchronize()
    {
        lock (_gate)
        {
            Scheduler.RunUntil(Time.GetUtcNow());
        }
    }

    /// <summary>Runs one command to completion as <paramref name="host"/> would, without transport faults or waiting.</summary>
    public SimCommandOutput Execute(string host, IReadOnlyList<string> argv) => Router.Run(host, argv);

    /// <summary>/proc/drbd of a node, now.</summary>
    public string ReadProcDrbd(string node) =>
        Locked(() => ProcDrbdWriter.Render(this, FindNode(node) ?? throw new ArgumentException($"no node {node}", nameof(node))));

    /// <summary>The node crashes or loses power without Ganeti being told (its fields turn to "?").</summary>
    public void PowerOff(string node) => Locked(() => Power.SetPower(RequireNode(node), on: false));

    /// <summary>The node boots again; its DRBD devices come back once Ganeti re-activates them.</summary>
    public void PowerOn(string node) => Locked(() => Power.SetPower(RequireNode(node), on: true));

    /// <summary>
    /// Split brain: both ends of every DRBD disk of <paramref name="instance"/> drop their connection
    /// and stay StandAlone until something reconnects them (a migration, failover or restart of the
    /// instance re-attaches the network), while the primary goes on writing.
    /// </summary>
    public void BreakDrbdConnection(string instance) => Locked(() =>
        Mirrors.BreakConnection(FindInstance(instance) ?? throw new ArgumentException($"no instance {instance}", nameof(instance))));

    /// <summary>Nothing moves on resyncs touching <paramref name="node"/> for a while (fault injection).</summary>
    public void StallResyncs(string node, TimeSpan duration) => Locked(() => Mirrors.StallResyncs(RequireNode(node), duration));

    /// <summary>Runs <paramref name="action"/> under the cluster lock after playing the simulation up to now.</summary>
    internal T Locked<T>(Func<T> action)
    {
        lock (_gate)
        {
            Scheduler.RunUntil(Time.GetUtcNow());
            return action();
        }
    }

    internal void Locked(Action action) => Locked(() =>
    {
        action();
        return 0;
    });

    internal int AllocatePort() => _nextPort++;

    internal void AddGroup(SimNodeGroup group) => _groups.Add(group);

    internal void AddNode(SimNode node)
    {
        _nodes.Add(node.Name, node);
        if (node.IsMaster)
        {
            Master = node;
        }
        _sortDirty = true;
    }

    /// <summary>Creates an instance placed on <paramref name="primary"/> (and <paramref name="secondary"/> for DRBD).</summary>
    internal SimInstance AddInstance(string name, string template, long memoryMiB, int vcpus, IReadOnlyList<long> diskSizesMiB,
        SimNode primary, SimNode? secondary, bool running) =>
        Placement.AddInstance(name, template, memoryMiB, vcpus, diskSizesMiB, primary, secondary, running);

    internal void AddInstanceRecord(SimInstance instance)
    {
        _instances.Add(instance.Name, instance);
        _sortDirty = true;
    }

    internal static List<SimDrbdLink> DrbdLinks(SimInstance inst) =>
        [.. inst.Disks.Select(d => d.Drbd).OfType<SimDrbdLink>()];

    private SimNode RequireNode(string node) => FindNode(node) ?? throw new ArgumentException($"no node {node}", nameof(node));

    private void SortIfNeeded()
    {
        lock (_gate)
        {
            if (!_sortDirty)
            {
                return;
            }
            _sortedNodes = [.. _nodes.Values.OrderBy(n => n.Name, NiceSortComparer.Instance)];
            _sortedInstances = [.. _instances.Values.OrderBy(i => i.Name, NiceSortComparer.Instance)];
            _sortDirty = false;
        }
    }
}

using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Fleet;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Remote;
using GntTui.Engine.Store;

namespace GntTui.Engine.Live;

/// <summary>
/// Every configured cluster at a glance. The one in front is summarised from its live session's
/// snapshots (<see cref="Observe"/>); the others are polled lightly: every <see cref="Interval"/>,
/// one round trip each (the three list commands in one batch), in parallel, each bounded by
/// <see cref="PollTimeout"/>. A poll's data goes to the snapshot cache, so switching to that
/// cluster paints at once. Targets for polling are opened on first use and kept.
/// </summary>
public sealed class ClusterFleet : IAsyncDisposable
{
    private readonly Func<ClusterProfile, Target> _open;
    private readonly SnapshotCache? _cache;
    private readonly StateStore? _store;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Target> _targets = [];
    private readonly List<Target> _retired = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _polling = new(1, 1);
    private IReadOnlyList<ClusterSummary> _current;
    private IReadOnlyList<ClusterProfile> _profiles;
    private string? _active;

    /// <param name="open">Opens a profile's target (the App's: it knows how a demo is made).</param>
    /// <param name="interval">Between background polls; zero or less turns them off.</param>
    public ClusterFleet(IReadOnlyList<ClusterProfile> profiles, Func<ClusterProfile, Target> open, SnapshotCache? cache, TimeSpan interval, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        _profiles = profiles;
        _open = open;
        _cache = cache;
        _time = time ?? TimeProvider.System;
        Interval = interval;
        _current = [.. profiles.Select(Seed)];
    }

    /// <summary>A fleet with its own connection to the state file (none when it cannot be opened: no warm figures, polls go on).</summary>
    public static ClusterFleet Open(IReadOnlyList<ClusterProfile> profiles, Func<ClusterProfile, Target> open, string? statePath, TimeSpan interval)
    {
        StateStore? store = null;
        try
        {
            store = new StateStore(statePath ?? StateStore.DefaultPath());
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The console's own session says what is wrong with the state file; the fleet just does without.
        }
        return new ClusterFleet(profiles, open, store, interval);
    }

    private ClusterFleet(IReadOnlyList<ClusterProfile> profiles, Func<ClusterProfile, Target> open, StateStore? store, TimeSpan interval)
        : this(profiles, open, store is null ? null : new SnapshotCache(store), interval)
    {
        _store = store;
    }

    /// <summary>The configured profiles, as the console learned to reach them (<see cref="Follow"/>).</summary>
    public IReadOnlyList<ClusterProfile> Profiles
    {
        get
        {
            lock (_gate)
            {
                return _profiles;
            }
        }
    }

    public TimeSpan Interval { get; }

    public TimeSpan PollTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public bool Polls => Interval > TimeSpan.Zero;

    /// <summary>In the profiles' order; replaced whole on every change.</summary>
    public IReadOnlyList<ClusterSummary> Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Raised (on any thread) with the new list after every change.</summary>
    public event Action<IReadOnlyList<ClusterSummary>>? Changed;

    /// <summary>A profile by its name, exactly or, failing that, ignoring case.</summary>
    public ClusterProfile? Find(string name)
    {
        var profiles = Profiles;
        return profiles.FirstOrDefault(p => p.Name == name) ?? profiles.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The console learned where a cluster's master is now (a master failover it sent or followed):
    /// from now on the profile of that name is reached as <paramref name="followed"/> says, by a
    /// switch back to it and by the polls, not at the address the config gave (the dead master).
    /// </summary>
    public void Follow(ClusterProfile followed)
    {
        ArgumentNullException.ThrowIfNull(followed);
        lock (_gate)
        {
            _profiles = [.. _profiles.Select(p => p.Name == followed.Name ? followed : p)];
            // A poll may still be using the old target: it is closed with the fleet, not under it.
            if (_targets.Remove(followed.Name, out var old))
            {
                _retired.Add(old);
            }
        }
    }

    /// <summary>The cluster now in front: no longer polled, summarised from its session instead.</summary>
    public void SetActive(string name)
    {
        lock (_gate)
        {
            _active = name;
        }
        Replace(name, s => s);
    }

    /// <summary>The session in front published a snapshot (or DRBD picture).</summary>
    public void Observe(string name, ClusterSnapshot snapshot, DrbdSnapshot? drbd)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Replace(name, s =>
        {
            var next = ClusterSummaries.From(name, s.IsDemo, snapshot, drbd);
            return drbd is null ? next with { Resyncs = s.Resyncs } : next;
        });
    }

    /// <summary>Polls every cluster but the one in front (or every one: <c>status --all</c>), each once.</summary>
    public async Task PollOnceAsync(bool includeActive, CancellationToken ct)
    {
        await _polling.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            string? active;
            lock (_gate)
            {
                active = _active;
            }
            await Task.WhenAll(Profiles.Where(p => includeActive || p.Name != active).Select(p => PollAsync(p, ct))).ConfigureAwait(false);
        }
        finally
        {
            _polling.Release();
        }
    }

    /// <summary>The background polls, until cancelled; returns at once when polling is off.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        if (!Polls)
        {
            return;
        }
        while (!ct.IsCancellationRequested)
        {
            await PollOnceAsync(false, ct).ConfigureAwait(false);
            try
            {
                await Task.Delay(Interval, _time, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Target> targets;
        lock (_gate)
        {
            targets = [.. _targets.Values, .. _retired];
            _targets.Clear();
            _retired.Clear();
        }
        foreach (var target in targets)
        {
            await target.DisposeAsync().ConfigureAwait(false);
        }
        _polling.Dispose();
        _store?.Dispose();
    }

    private async Task PollAsync(ClusterProfile profile, CancellationToken ct)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(ct);
        bounded.CancelAfter(PollTimeout);
        try
        {
            var target = TargetFor(profile);
            var data = await target.Client.FetchAsync(bounded.Token).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            Replace(profile.Name, s => ClusterSummaries.From(profile.Name, target.IsDemo, data, now) with { Resyncs = s.Resyncs });
            Cache(target, data, now);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var timeout = new RemoteShellException(RemoteFailure.Timeout, $"no answer within {PollTimeout.TotalSeconds:0} s");
            Replace(profile.Name, s => ClusterSummaries.Failed(s, timeout));
        }
        catch (Exception e) when (e is RemoteShellException or GanetiException or ConfigException or ArgumentException or IOException)
        {
            Replace(profile.Name, s => ClusterSummaries.Failed(s, e));
        }
    }

    private Target TargetFor(ClusterProfile profile)
    {
        lock (_gate)
        {
            if (!_targets.TryGetValue(profile.Name, out var target))
            {
                target = _open(profile);
                _targets[profile.Name] = target;
            }
            return target;
        }
    }

    /// <summary>The poll's lists as the cluster's last snapshot, keeping the name and version the cache knew.</summary>
    private void Cache(Target target, ClusterData data, DateTimeOffset now)
    {
        if (_cache is null)
        {
            return;
        }
        try
        {
            var prior = _cache.Load(target.Name);
            var master = data.Nodes.FirstOrDefault(n => n.Role == NodeRole.Master)?.Name;
            var info = prior?.Info is { } known && master is not null ? known with { MasterNode = master } : prior?.Info;
            _cache.Save(target.Name, new ClusterSnapshot(prior?.ClusterName ?? target.Name, info, data.Nodes, data.Instances, data.Jobs, now, ConnectionState.Live, null, target.IsDemo)
            {
                Refused = data.Refused,
            });
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // A full disk costs the warm start, not the poll: the summary above is already in.
        }
    }

    /// <summary>What is known before any poll: the cached snapshot's counts and age, for a real cluster.</summary>
    private ClusterSummary Seed(ClusterProfile profile)
    {
        var cached = profile.Demo ? null : _cache?.Load(profile.Name);
        var summary = cached is null ? new ClusterSummary(profile.Name, profile.Demo) : ClusterSummaries.From(profile.Name, profile.Demo, cached);
        return Polls ? summary : summary with { Why = "not polled (backgroundPollSeconds is 0)" };
    }

    private void Replace(string name, Func<ClusterSummary, ClusterSummary> change)
    {
        // Raised under the lock: subscribers only queue the list, and lists must not arrive out of order.
        lock (_gate)
        {
            IReadOnlyList<ClusterSummary> next = [.. _current.Select(s => (s.Name == name ? change(s) : s) with { IsActive = s.Name == _active })];
            if (next.SequenceEqual(_current))
            {
                return;
            }
            _current = next;
            Changed?.Invoke(next);
        }
    }
}

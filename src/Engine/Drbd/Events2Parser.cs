namespace GntTui.Engine.Drbd;

/// <summary>
/// Follows a <c>drbdsetup events2 [--timestamps] [--statistics]</c> stream: keeps the current state
/// of every resource, device, connection and peer device, and shows it as <see cref="DrbdDevice"/>s.
/// Feed it lines in order; it never throws, and what it cannot use becomes a note.
/// </summary>
public sealed class Events2Parser
{
    private const int MaxNotes = 100;

    private readonly Dictionary<string, Events2Resource> _resources = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    public Events2Parser(string node) => Node = node;

    public string Node { get; }

    /// <summary>The initial dump ended (<c>exists -</c>): the state is complete, not partial.</summary>
    public bool InitialDumpDone { get; private set; }

    /// <summary>The newest timestamp seen (with <c>--timestamps</c>).</summary>
    public DateTimeOffset? LastTimestamp { get; private set; }

    /// <summary>The most recent notes (bounded).</summary>
    public IReadOnlyList<string> Notes => _notes;

    /// <summary>Applies one line; returns what it read, or null for a blank or unreadable line.</summary>
    public Events2Event? Feed(string? line)
    {
        try
        {
            return FeedCore(line ?? "");
        }
        catch (Exception ex)
        {
            // Last line of defence for a long-running stream; tests call FeedCore directly.
            Note($"events2: internal error {ex.GetType().Name}: {ex.Message}");
            return null;
        }
    }

    public void FeedAll(string? text)
    {
        foreach (var line in (text ?? "").Split('\n'))
        {
            Feed(line);
        }
    }

    /// <summary>One device per local volume and peer, ordered by minor.</summary>
    public IReadOnlyList<DrbdDevice> Devices() =>
        _resources.Values.SelectMany(Events2DeviceView.Build).OrderBy(d => d.Minor).ThenBy(d => d.PeerName, StringComparer.Ordinal).ToList();

    public DrbdSample Snapshot(DateTimeOffset time)
    {
        var notes = _notes.ToList();
        if (!InitialDumpDone)
        {
            notes.Add("events2: initial state dump not complete yet");
        }
        return new DrbdSample(time, Node, Devices(), null, notes);
    }

    internal Events2Event? FeedCore(string line)
    {
        var lineNotes = new List<string>();
        var ev = Events2LineReader.Read(line, lineNotes);
        lineNotes.ForEach(Note);
        if (ev is null)
        {
            return null;
        }
        if (ev.Timestamp is { } t && (LastTimestamp is null || t > LastTimestamp))
        {
            LastTimestamp = t;
        }
        if (ev.EndsInitialDump)
        {
            InitialDumpDone = true;
            return ev;
        }
        if (ev.Action is Events2Action.Unknown or Events2Action.Call or Events2Action.Response)
        {
            return ev;
        }
        Apply(ev);
        return ev;
    }

    private void Apply(Events2Event ev)
    {
        if (ev.Object is "path" or "helper")
        {
            return;
        }
        if (ev.Get("name") is not { Length: > 0 } name)
        {
            Note($"events2: {ev.Object} without a name");
            return;
        }
        var destroy = ev.Action == Events2Action.Destroy;
        switch (ev.Object)
        {
            case "resource" when destroy:
                _resources.Remove(name);
                break;
            case "resource" when ev.Action == Events2Action.Rename:
                Rename(name, ev.Get("new_name"));
                break;
            case "resource":
                Events2Resource.Merge(Resource(name).Fields, ev.Fields);
                break;
            case "device":
                Update(Resource(name).Devices, Volume(ev), ev, destroy);
                break;
            case "connection":
                var resource = Resource(name);
                var peer = PeerKey(ev);
                Update(resource.Connections, peer, ev, destroy);
                if (destroy)
                {
                    foreach (var key in resource.PeerDevices.Keys.Where(k => k.Peer == peer).ToList())
                    {
                        resource.PeerDevices.Remove(key);
                    }
                }
                break;
            case "peer-device":
                Update(Resource(name).PeerDevices, (PeerKey(ev), Volume(ev)), ev, destroy);
                break;
            default:
                Note($"events2: unknown object '{DrbdStateNames.Clip(ev.Object)}'");
                break;
        }
    }

    private static void Update<TKey>(IDictionary<TKey, Dictionary<string, string>> objects, TKey key, Events2Event ev, bool destroy)
    {
        if (destroy)
        {
            objects.Remove(key);
            return;
        }
        if (ev.Action == Events2Action.Create || !objects.TryGetValue(key, out var fields))
        {
            fields = new Dictionary<string, string>(StringComparer.Ordinal);
            objects[key] = fields;
        }
        Events2Resource.Merge(fields, ev.Fields);
    }

    private Events2Resource Resource(string name)
    {
        if (!_resources.TryGetValue(name, out var resource))
        {
            // A change for an object we never saw (stream joined late): start it from this line.
            resource = new Events2Resource(name);
            _resources[name] = resource;
        }
        return resource;
    }

    private void Rename(string name, string? newName)
    {
        if (newName is not { Length: > 0 } || !_resources.Remove(name, out var resource))
        {
            Note($"events2: cannot rename '{DrbdStateNames.Clip(name)}'");
            return;
        }
        resource.Name = newName;
        _resources[newName] = resource;
    }

    private int Volume(Events2Event ev)
    {
        var text = ev.Get("volume");
        if (text is null)
        {
            return 0;
        }
        if (DrbdNumbers.Int(text) is { } volume)
        {
            return volume;
        }
        Note($"events2: bad volume '{DrbdStateNames.Clip(text)}'; using 0");
        return 0;
    }

    /// <summary>DRBD 9 prints peer-node-id on every peer object (conn-name is optional); 8.4 has one peer.</summary>
    private static string PeerKey(Events2Event ev) =>
        ev.Get("peer-node-id") is { } id ? "node-id:" + id : ev.Get("conn-name") ?? "";

    private void Note(string note)
    {
        if (_notes.Count == MaxNotes)
        {
            _notes.RemoveAt(0);
        }
        _notes.Add(note);
    }
}

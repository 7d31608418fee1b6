namespace GntTui.Engine.Drbd;

/// <summary>
/// One line of <c>drbdsetup events2</c>: <c>[timestamp] action object key:value …</c>. With
/// <c>--diff</c> values print as <c>old-&gt;new</c>; <see cref="Fields"/> holds the new value only.
/// </summary>
public sealed record Events2Event(
    DateTimeOffset? Timestamp,
    Events2Action Action,
    string Object,
    IReadOnlyDictionary<string, string> Fields)
{
    /// <summary><c>exists -</c>: the initial state dump is complete.</summary>
    public bool EndsInitialDump => Action == Events2Action.Exists && Object == "-";

    public string? Get(string key) => Fields.TryGetValue(key, out var value) ? value : null;
}

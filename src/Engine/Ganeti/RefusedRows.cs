namespace GntTui.Engine.Ganeti;

/// <summary>
/// The list lines a refresh refused (a name Ganeti would not accept, a wrong field count, a value
/// that is not a number), per list, each as a printable note with its line number. A refused row is
/// missing from the views: this is how they say so instead of showing fewer rows in silence.
/// </summary>
public sealed record RefusedRows(IReadOnlyList<string> Nodes, IReadOnlyList<string> Instances, IReadOnlyList<string> Jobs)
{
    public static readonly RefusedRows None = new([], [], []);

    public int Count => Nodes.Count + Instances.Count + Jobs.Count;

    /// <summary>"2 rows refused: bad names", "1 row refused: not understood".</summary>
    public string Summary
    {
        get
        {
            var all = Nodes.Concat(Instances).Concat(Jobs).ToList();
            var why = all.TrueForAll(l => l.Contains(" name:", StringComparison.Ordinal)) ? "bad names" : "not understood";
            return $"{all.Count} {(all.Count == 1 ? "row" : "rows")} refused: {why}";
        }
    }

    /// <summary>For a list's title: "1 refused, not shown: instance list line 3: invalid instance name: …".</summary>
    public static string? Note(IReadOnlyList<string>? lines) =>
        lines is not { Count: > 0 } ? null : $"{lines.Count} refused, not shown: {lines[0]}";
}

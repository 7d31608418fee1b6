namespace GntTui.Engine.Operations;

/// <summary>A multi-select's rows at one moment: what the view shows.</summary>
public sealed record JobGroupStatus(string Title, IReadOnlyList<JobGroupRow> Rows)
{
    public bool IsFinished => Rows.All(r => r.IsFinished);

    public int Count(JobRowState state) => Rows.Count(r => r.State == state);

    /// <summary>"3 succeeded, 1 failed, 2 running".</summary>
    public string Summary => string.Join(", ", Rows.GroupBy(r => r.State).OrderBy(g => g.Key)
        .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
}

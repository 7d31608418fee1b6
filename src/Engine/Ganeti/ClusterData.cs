using GntTui.Engine.Ganeti.Parsing;

namespace GntTui.Engine.Ganeti;

/// <summary>One refresh's worth of lists, with every line that did not parse.</summary>
public sealed record ClusterData(
    IReadOnlyList<GanetiNode> Nodes,
    IReadOnlyList<GanetiInstance> Instances,
    IReadOnlyList<GanetiJob> Jobs,
    IReadOnlyList<string> Problems,
    TimeSpan Duration)
{
    /// <summary>The lines each list refused: rows the views must say are missing.</summary>
    public RefusedRows Refused { get; init; } = RefusedRows.None;

    internal static ClusterData From(ParseResult<GanetiNode> nodes, ParseResult<GanetiInstance> instances, ParseResult<GanetiJob> jobs, TimeSpan duration) =>
        new(nodes.Rows, instances.Rows, jobs.Rows, [.. nodes.Problems, .. instances.Problems, .. jobs.Problems], duration)
        {
            Refused = new RefusedRows(nodes.Problems, instances.Problems, jobs.Problems),
        };
}

namespace GntTui.Engine.Planners;

/// <summary>
/// A solution line (Cluster.hs printSolutionLine): <c>  1. inst3 node1 => node3 3.75137133 a=fa:node3</c>.
/// <see cref="From"/> and <see cref="To"/> are <c>primary</c> or <c>primary:secondary</c>;
/// <see cref="Score"/> is the cluster score after this move; <see cref="Moves"/> is hbal's move
/// code (<c>f</c> failover, <c>fa:N</c> migrate to N, <c>r:N</c> new secondary N, and their sequences).
/// </summary>
public sealed record HbalMove(int Position, string Instance, string From, string To, double Score, string Moves)
{
    /// <summary>The move in words, from its code.</summary>
    public string Kind => string.Join(", ", Moves.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word));

    private static string Word(string code) => code switch
    {
        "f" => "failover to secondary",
        _ when code.StartsWith("fa:", StringComparison.Ordinal) => "migrate to " + code[3..],
        _ when code.StartsWith("r:", StringComparison.Ordinal) => "new secondary " + code[2..],
        _ => code,
    };
}

namespace GntTui.Engine.Planners;

/// <summary>
/// What <c>hbal -C</c> said: the node group it balanced, the initial score and the one its moves
/// reach, each move, and the jobsets of commands that carry them out. <see cref="Notes"/> are its
/// other lines worth showing (not N+1 happy, policy violations); <see cref="Warnings"/> are the
/// warnings it printed on stderr (inconsistent data).
/// </summary>
public sealed record HbalPlan(
    HbalOutcome Outcome,
    string? Group,
    double? InitialScore,
    double? FinalScore,
    IReadOnlyList<HbalMove> Moves,
    IReadOnlyList<HbalJob> Jobs,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Warnings)
{
    /// <summary>How many jobsets the commands come in.</summary>
    public int Jobsets => Jobs.Count == 0 ? 0 : Jobs.Max(j => j.Jobset);

    /// <summary>The plan in one line, as the console's title or a notice says it.</summary>
    public string Summary => Outcome switch
    {
        HbalOutcome.Improved => $"{Moves.Count} move{(Moves.Count == 1 ? "" : "s")} in {Jobsets} jobset{(Jobsets == 1 ? "" : "s")}: score {Score(InitialScore)} → {Score(FinalScore)}",
        HbalOutcome.NoSolution => $"no solution found: no move improves the score ({Score(InitialScore)})",
        HbalOutcome.AlreadyBalanced => $"already well balanced (score {Score(InitialScore)}): nothing to do",
        _ => "the cluster is empty: nothing to balance",
    };

    private static string Score(double? score) => score?.ToString("0.########", System.Globalization.CultureInfo.InvariantCulture) ?? "?";
}

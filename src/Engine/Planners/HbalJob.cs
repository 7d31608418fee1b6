namespace GntTui.Engine.Planners;

/// <summary>
/// One job of a jobset ("echo job 2/1"): the commands of one move, which run in order. The jobs of a
/// jobset touch disjoint nodes and may run together; a jobset starts when the one before has ended.
/// </summary>
public sealed record HbalJob(int Jobset, int Index, IReadOnlyList<HbalCommand> Commands);

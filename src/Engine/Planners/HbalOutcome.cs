namespace GntTui.Engine.Planners;

/// <summary>How hbal's run ended (Program/Hbal.hs): moves proposed, none found, nothing to do, or no instances at all.</summary>
public enum HbalOutcome
{
    /// <summary>"Cluster score improved from A to B": <see cref="HbalPlan.Moves"/> reach B.</summary>
    Improved,

    /// <summary>"No solution found": no move improves the score.</summary>
    NoSolution,

    /// <summary>"Cluster is already well balanced … Nothing to do, exiting": the score is under <c>-e</c>.</summary>
    AlreadyBalanced,

    /// <summary>"Cluster is empty, exiting.": no instances.</summary>
    Empty,
}

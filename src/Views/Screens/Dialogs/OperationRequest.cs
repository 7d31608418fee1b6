using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>
/// What an operation dialog is about: its title and button, its choices, and how the chosen values
/// and the reason become operations (one per target row). <see cref="Build"/> may throw
/// <see cref="ArgumentException"/> for a combination Ganeti does not take; the dialog says so.
/// </summary>
internal sealed record OperationRequest(
    string Title,
    string ConfirmLabel,
    IReadOnlyList<ChoiceField> Fields,
    Func<IReadOnlyList<int>, string, IReadOnlyList<GanetiOperation>> Build)
{
    /// <summary>More than one target row: one job each, blocked rows left out.</summary>
    public bool IsGroup { get; init; }

    /// <summary>
    /// A plan sent in stages (hbal's jobsets): how many of <see cref="Build"/>'s operations each stage
    /// has, in order. Sent whole or not at all: a blocked row stops the plan.
    /// </summary>
    public IReadOnlyList<int>? Stages { get; init; }

    /// <summary>Operations with no <c>--reason</c> (gnt-job cancel) hide the reason field.</summary>
    public bool HasReason { get; init; } = true;

    /// <summary>Operations that need the name typed even when nothing blocks them (failover --ignore-consistency).</summary>
    public Func<GanetiOperation, bool> AlwaysTyped { get; init; } = _ => false;

    /// <summary>Where it goes, in words, for the dialog's "target" line.</summary>
    public Func<GanetiOperation, string?> TargetText { get; init; } = _ => null;

    /// <summary>The reason for a group, from the names of the rows it sends (a single operation gets the Engine's default reason).</summary>
    public Func<IReadOnlyList<string>, string>? GroupReason { get; init; }

    /// <summary>The button that closes without sending.</summary>
    public string DismissLabel { get; init; } = "Cancel";
}

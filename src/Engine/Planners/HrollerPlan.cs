namespace GntTui.Engine.Planners;

/// <summary>
/// <c>hroller</c>'s reboot groups (Program/Hroller.hs): nodes that can be rebooted together, in the
/// order hroller gives (largest first, the master's group last). With <c>--one-step-only</c> only the
/// first group. <see cref="Moves"/> holds, per group, the "instance primary [secondary]" lines
/// <c>--print-moves</c> adds (empty without it).
/// </summary>
public sealed record HrollerPlan(
    bool OneStepOnly,
    IReadOnlyList<IReadOnlyList<string>> Groups,
    IReadOnlyList<IReadOnlyList<string>> Moves,
    IReadOnlyList<string> Warnings)
{
    public string Summary => Groups.Count == 0
        ? "hroller found no reboot group"
        : $"{Groups.Count} reboot group{(Groups.Count == 1 ? "" : "s")}: " + string.Join(" | ", Groups.Select(g => string.Join(", ", g)));
}

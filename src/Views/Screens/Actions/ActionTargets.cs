using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Actions;

/// <summary>Choices shared by the instance and node actions: where an instance can go, and the words for a group.</summary>
internal static class ActionTargets
{
    public const string Hail = "hail";

    /// <summary>Nodes an instance could move to, likeliest first: online and undrained by free memory, then the rest (the pre-flight says why not).</summary>
    public static IReadOnlyList<GanetiNode> Nodes(GanetiInstance instance, ConsoleData data, IEnumerable<string>? besides = null)
    {
        var skip = new HashSet<string>(besides ?? [], StringComparer.OrdinalIgnoreCase) { instance.PrimaryNode };
        return [.. data.Snapshot.Nodes
            .Where(n => !skip.Contains(n.Name))
            .OrderBy(n => n.Offline || n.Drained ? 1 : 0)
            .ThenByDescending(n => n.MemoryFree.HasValue ? n.MemoryFree.Value : -1)
            .ThenBy(n => n.Name, NaturalComparer.Instance)];
    }

    public static string NodeLabel(GanetiNode node) =>
        node.Offline ? $"{node.Name} (offline)"
        : node.Drained ? $"{node.Name} (drained)"
        : $"{node.Name} ({Units.Mebibytes(node.MemoryFree)} free)";

    /// <summary>"gnt-tui: drain 3 nodes: node1, node2, node3 (alice@laptop)".</summary>
    public static Func<IReadOnlyList<string>, string> GroupReason(string verb, string kind, string? who) => names =>
        $"gnt-tui: {verb} {names.Count} {kind}: {string.Join(", ", names.Take(3).Select(ShortName.Of))}{(names.Count > 3 ? ", …" : "")} ({who ?? LocalOperator()})";

    public static string LocalOperator() => Environment.UserName + "@" + Environment.MachineName;

    public static string Title(string verb, IReadOnlyList<string> names, string kind) =>
        names.Count == 1 ? $"{verb} {names[0]}" : $"{verb} {names.Count} {kind}";

    public static bool IsUp(GanetiInstance instance) =>
        instance.OperState.HasValue ? instance.OperState.Value : instance.Status is InstanceStatus.Running or InstanceStatus.ErrorUp;

    /// <summary>A refusal shown as a toast instead of a dialog (nothing sensible to confirm).</summary>
    public static ActionResult Refuse(string why) => new ActionResult.Refused(why);

    /// <summary>A row that vanished between the frame and the key.</summary>
    public static ActionResult Gone() => Refuse("that row is not in the latest refresh any more");
}

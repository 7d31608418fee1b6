using GntTui.Engine.Fleet;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Clusters;

/// <summary>
/// Every configured cluster (<c>:ctx</c>, alias <c>:cluster</c>), k9s' contexts: whether it answers
/// and why not, its master, its size, what runs and what is unhealthy, how old the figures are.
/// Enter switches the console to the selected one.
/// </summary>
internal sealed class ClustersView : ResourceView<ClusterSummary>
{
    private readonly TimeProvider _time;

    public ClustersView(TimeProvider time)
        : base(ViewKind.Clusters, "Clusters", ClusterColumns.All, defaultSort: 0, defaultDescending: false)
    {
        _time = time;
        Sorts =
        [
            new("N", ConsoleCommands.SortName, "sort by name", ClusterColumns.Name, (a, b) => NaturalComparer.Instance.Compare(a.Name, b.Name)),
            new("S", ConsoleCommands.SortStatus, "sort by state (unreachable first)", ClusterColumns.State, (a, b) => Rank(a).CompareTo(Rank(b))),
        ];
    }

    protected override IReadOnlyList<SortScheme<ClusterSummary>> Sorts { get; }

    protected override KeyBinding OpenBinding => KeyBinding.Create("Enter", ConsoleCommands.Open, "switch to this cluster", "Rows", footer: true);

    protected override IEnumerable<KeyBinding> ExtraBindings => [KeyBinding.Create("i", ConsoleCommands.Describe, "describe: every figure", KeyGroups.Rows)];

    public override bool Ticks => true;

    public override string Key(ClusterSummary row) => row.Name;

    public override TableCell Cell(ClusterSummary row, int column) => ClusterColumns.Cell(row, column, _time.GetUtcNow());

    protected override IReadOnlyList<ClusterSummary> BuildRows(ConsoleData data) => data.Clusters;

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) => !ReferenceEquals(before.Clusters, after.Clusters);

    protected override IEnumerable<string> SearchTexts(ClusterSummary row) => [row.Name, row.Master ?? "", ClusterColumns.StateText(row)];

    protected override DetailContent Describe(ClusterSummary row)
    {
        static string N(int? n) => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-";
        var lines = new List<DetailLine>
        {
            DetailLine.Heading("Cluster"),
            new("profile", row.Name + (row.IsDemo ? " (demo)" : "")),
            new("in front", row.IsActive ? "yes" : "no"),
            new("state", ClusterColumns.StateText(row), ClusterColumns.Role(row)),
            new("master", row.Master ?? "-"),
            new("data from", TimeText.Full(row.TakenAt, _time.LocalTimeZone) + (row.FromCache ? " (cache)" : "")),
            DetailLine.Heading("Counts"),
            new("nodes", N(row.Nodes)),
            new("offline nodes", N(row.UnhealthyNodes)),
            new("instances", N(row.Instances)),
            new("instances in error", N(row.UnhealthyInstances)),
            new("running jobs", N(row.RunningJobs)),
            new("DRBD resyncs", row.Resyncs is null ? "- (sampled only for the cluster in front)" : N(row.Resyncs)),
        };
        return new DetailContent($"cluster {row.Name}", lines);
    }

    protected override string EmptyText() => "no clusters configured: add profiles to config.json (\"clusters\": [...])";

    private static int Rank(ClusterSummary row) => row.Reachable switch
    {
        false => 0,
        null => 1,
        true => 2,
    };
}

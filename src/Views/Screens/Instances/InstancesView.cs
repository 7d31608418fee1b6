using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Instances;

/// <summary>The instances list: status by meaning, placement, size, the job working on each, resync progress.</summary>
internal sealed class InstancesView : ResourceView<InstanceRow>
{
    private static readonly IReadOnlyList<SortScheme<InstanceRow>> SortList =
    [
        new("N", ConsoleCommands.SortName, "sort by name", InstanceColumns.Name,
            (a, b) => NaturalComparer.Instance.Compare(a.Instance.Name, b.Instance.Name)),
        new("S", ConsoleCommands.SortStatus, "sort by status (problems first)", InstanceColumns.Status,
            (a, b) => StatusRank(a.Instance.Status).CompareTo(StatusRank(b.Instance.Status))),
        new("Z", ConsoleCommands.SortMemory, "sort by memory (size)", InstanceColumns.Memory,
            (a, b) => ReadingOrder.Compare(a.Instance.Memory, b.Instance.Memory), DescendingFirst: true),
        new("P", ConsoleCommands.SortNode, "sort by primary node", InstanceColumns.Primary,
            (a, b) => NaturalComparer.Instance.Compare(a.Instance.PrimaryNode, b.Instance.PrimaryNode)),
        new("T", ConsoleCommands.SortTemplate, "sort by disk template", InstanceColumns.Template,
            (a, b) => string.CompareOrdinal(a.Instance.DiskTemplate, b.Instance.DiskTemplate)),
    ];

    public InstancesView()
        : base(ViewKind.Instances, "Instances", InstanceColumns.All, defaultSort: 0, defaultDescending: false)
    {
    }

    protected override IReadOnlyList<SortScheme<InstanceRow>> Sorts => SortList;

    public override string Key(InstanceRow row) => row.Instance.Name;

    public override TableCell Cell(InstanceRow row, int column) =>
        InstanceColumns.Cell(row, column, Data?.DrbdIndex?.ResyncByInstance);

    public override StyleRole? RowRole(InstanceRow row) =>
        row.Instance.Status == InstanceStatus.AdminOffline ? StyleRole.Offline : null;

    protected override IReadOnlyList<InstanceRow> BuildRows(ConsoleData data) =>
        InstanceRowBuilder.Build(data.Snapshot.Instances, data.CurrentJobs);

    // A refresh that changed a few instances (or which jobs name them) rebuilds those rows only.
    protected override RowChanges<InstanceRow>? Changes(ConsoleData before, ConsoleData after, KeyedRows<InstanceRow> current)
    {
        var jobs = after.CurrentJobs;
        return SnapshotDiff.Between(
            before.Snapshot.Instances,
            after.Snapshot.Instances,
            new RowMapping<GanetiInstance, InstanceRow>(i => i.Name, r => r.Instance, i => InstanceRowBuilder.Row(i, jobs)),
            current,
            ChangedKeys.Between(before.CurrentJobs, jobs),
            ChangeLimit(current.Count));
    }

    protected override IEnumerable<string> SearchTexts(InstanceRow row)
    {
        var instance = row.Instance;
        yield return instance.Name;
        yield return instance.StatusText;
        yield return instance.PrimaryNode;
        foreach (var node in instance.SecondaryNodes)
        {
            yield return node;
        }

        yield return instance.DiskTemplate;
    }

    protected override DetailContent Describe(InstanceRow row) => InstanceDetail.Build(row, Data!);

    protected override string EmptyText() => "no instances";

    // Rows the parser refused are missing from this list: the title says so, with the first reason.
    public override string? Note => RefusedRows.Note(Data?.Snapshot.RefusedOrNone.Instances);

    private static int StatusRank(InstanceStatus status) => status switch
    {
        InstanceStatus.ErrorUp or InstanceStatus.ErrorDown or InstanceStatus.ErrorWrongNode => 0,
        InstanceStatus.ErrorNodeDown or InstanceStatus.ErrorNodeOffline => 1,
        InstanceStatus.Unknown => 2,
        InstanceStatus.UserDown => 3,
        InstanceStatus.AdminDown => 4,
        InstanceStatus.AdminOffline => 5,
        _ => 6,
    };
}

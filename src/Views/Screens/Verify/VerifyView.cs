using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Verify;

/// <summary>
/// <c>gnt-cluster verify --error-codes</c> findings, errors first. Enter shows a finding whole, o goes
/// to the node or instance it is about; i demotes its code (<c>--ignore-errors</c>) and verifies again.
/// </summary>
internal sealed class VerifyView : ResourceView<VerifyRow>
{
    private static readonly IReadOnlyList<SortScheme<VerifyRow>> SortList =
    [
        new("S", ConsoleCommands.SortStatus, "sort by severity (errors first)", VerifyColumns.Severity,
            (a, b) => a.Item.Severity != b.Item.Severity ? a.Item.Severity.CompareTo(b.Item.Severity) : b.Order.CompareTo(a.Order), DescendingFirst: true),
        new("N", ConsoleCommands.SortName, "sort by object name", VerifyColumns.Name,
            (a, b) => NaturalComparer.Instance.Compare(a.Item.ObjectName, b.Item.ObjectName)),
    ];

    private readonly TimeProvider _time;

    public VerifyView(TimeProvider time)
        : base(ViewKind.Verify, "Verify", VerifyColumns.All, defaultSort: 0, defaultDescending: true)
    {
        _time = time;
    }

    public override string? Note => Data?.Verify switch
    {
        { Running: true } => "running…",
        { Report: { } r } => $"{r.Summary}, {TimeText.Ago(r.At, _time.GetUtcNow())}",
        _ => null,
    };

    protected override IReadOnlyList<SortScheme<VerifyRow>> Sorts => SortList;

    protected override KeyBinding OpenBinding =>
        KeyBinding.Create("Enter", ConsoleCommands.Open, "the whole finding", "Rows", footer: true);

    public VerifyItem? Find(string key) => Rows().FirstOrDefault(r => r.Key == key)?.Item;

    public override bool Ticks => true;

    public override string Key(VerifyRow row) => row.Key;

    public override TableCell Cell(VerifyRow row, int column) => VerifyColumns.Cell(row, column);

    protected override IReadOnlyList<VerifyRow> BuildRows(ConsoleData data) => Rows(data.Verify?.Report);

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) => !ReferenceEquals(before.Verify, after.Verify);

    protected override IEnumerable<string> SearchTexts(VerifyRow row) =>
        [row.Item.Code, row.Item.ObjectName, row.Item.Message, VerifyColumns.SeverityText(row.Item.Severity)];

    protected override DetailContent Describe(VerifyRow row) => new(row.Item.Code.Length > 0 ? row.Item.Code : "notice",
    [
        DetailLine.Heading("Finding"),
        new("severity", VerifyColumns.SeverityText(row.Item.Severity), VerifyColumns.Role(row.Item.Severity)),
        new("code", row.Item.Code),
        new("object", $"{row.Item.ObjectKind.ToString().ToLowerInvariant()} {row.Item.ObjectName}"),
        new("message", row.Item.Message),
    ]);

    protected override string EmptyText() => Data?.Verify switch
    {
        null => "no verify run yet: v runs gnt-cluster verify",
        { Running: true } => "gnt-cluster verify is running (it takes a few seconds)…",
        { Error: { } e } => "verify failed: " + e,
        _ => "gnt-cluster verify found nothing wrong",
    };

    private IReadOnlyList<VerifyRow> Rows() => Rows(Data?.Verify?.Report);

    private static IReadOnlyList<VerifyRow> Rows(VerifyReport? report)
    {
        if (report is null)
        {
            return [];
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = new List<VerifyRow>(report.Items.Count);
        for (var i = 0; i < report.Items.Count; i++)
        {
            var item = report.Items[i];
            var key = $"{item.Severity}:{item.Code}:{item.ObjectKind}:{item.ObjectName}:{item.Message}";
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            rows.Add(new VerifyRow(item, n == 1 ? key : $"{key}#{n}", i));
        }

        return rows;
    }
}

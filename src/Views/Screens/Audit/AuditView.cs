using System.Globalization;
using GntTui.Engine.Store;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Audit;

/// <summary>The audit trail (<c>:audit</c>): every operation this machine sent to this cluster, newest first; Enter shows the exact command, the reason and the job's last lines.</summary>
internal sealed class AuditView : ResourceView<AuditEntry>
{
    private readonly TimeProvider _time;

    public AuditView(TimeProvider time)
        : base(ViewKind.Audit, "Audit", AuditColumns.All, defaultSort: 0, defaultDescending: true)
    {
        _time = time;
        Sorts =
        [
            new("N", ConsoleCommands.SortName, "sort by id (newest first)", AuditColumns.Id, (a, b) => a.Id.CompareTo(b.Id), DescendingFirst: true),
            new("S", ConsoleCommands.SortStatus, "sort by status", AuditColumns.Status, (a, b) => string.CompareOrdinal(a.Status, b.Status)),
        ];
    }

    protected override IReadOnlyList<SortScheme<AuditEntry>> Sorts { get; }

    public override string Key(AuditEntry row) => row.Id.ToString(CultureInfo.InvariantCulture);

    public override TableCell Cell(AuditEntry row, int column) => AuditColumns.Cell(row, column, _time.GetUtcNow(), _time.LocalTimeZone);

    protected override IReadOnlyList<AuditEntry> BuildRows(ConsoleData data) => data.Audit;

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) => !ReferenceEquals(before.Audit, after.Audit);

    protected override IEnumerable<string> SearchTexts(AuditEntry row) => [row.Verb, row.Target, row.Status, row.Operator, row.Reason];

    protected override DetailContent Describe(AuditEntry row)
    {
        var zone = _time.LocalTimeZone;
        var lines = new List<DetailLine>
        {
            DetailLine.Heading("Operation"),
            new("operator", row.Operator),
            new("cluster", row.Cluster),
            new("verb", row.Verb),
            new("target", row.Target),
            new("command", row.Command, Themes.StyleRole.Accent),
            new("reason", row.Reason),
            DetailLine.Heading("Job"),
            new("job id", row.JobId?.ToString(CultureInfo.InvariantCulture) ?? "-"),
            new("status", row.Status, AuditColumns.Role(row.Status)),
            new("created", TimeText.Full(row.CreatedAt, zone)),
            new("submitted", TimeText.Full(row.SubmittedAt, zone)),
            new("finished", TimeText.Full(row.FinishedAt, zone)),
        };
        if (row.Message is { } message)
        {
            lines.Add(new("message", message, AuditColumns.Role(row.Status)));
        }

        if (row.LastLines is { } last)
        {
            lines.Add(DetailLine.Heading("Last log lines"));
            lines.AddRange(last.Split('\n').Select(l => new DetailLine("", l)));
        }

        return new DetailContent($"audit {row.Id}: {row.Verb} {row.Target}", lines);
    }

    protected override string EmptyText() => "nothing sent from this machine to this cluster yet";
}

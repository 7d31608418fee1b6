using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Jobs;

/// <summary>The job queue, newest first, ours marked. Enter follows a job's log; i shows its fields; c cancels.</summary>
internal sealed class JobsView : ResourceView<JobRow>
{
    private readonly TimeProvider _time;

    public JobsView(TimeProvider time)
        : base(ViewKind.Jobs, "Jobs", JobColumns.All, defaultSort: 0, defaultDescending: true)
    {
        _time = time;
        Sorts =
        [
            new("N", ConsoleCommands.SortName, "sort by id (newest first)", JobColumns.Id,
                (a, b) => a.Job.Id.CompareTo(b.Job.Id), DescendingFirst: true),
            new("S", ConsoleCommands.SortStatus, "sort by status", JobColumns.Status,
                (a, b) => a.Job.Status.CompareTo(b.Job.Status)),
            new("D", ConsoleCommands.SortDuration, "sort by duration (longest first)", JobColumns.Duration,
                (a, b) => ReadingOrder.Compare(JobTimes.Elapsed(a.Job, _time.GetUtcNow()), JobTimes.Elapsed(b.Job, _time.GetUtcNow())),
                DescendingFirst: true),
        ];
    }

    protected override IReadOnlyList<SortScheme<JobRow>> Sorts { get; }

    protected override KeyBinding OpenBinding =>
        KeyBinding.Create("Enter", ConsoleCommands.Open, "follow the job's log", "Rows", footer: true);

    protected override IEnumerable<KeyBinding> ExtraBindings => [KeyBinding.Create("i", ConsoleCommands.Describe, "describe: every field", KeyGroups.Rows)];

    /// <summary>The job behind a row key.</summary>
    public GanetiJob? FindJob(string key) =>
        long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? Data?.Jobs.FirstOrDefault(j => j.Id == id)
            : null;

    public override bool Ticks => true;

    protected override bool FollowsTop => true;

    public override string Key(JobRow row) => row.Key;

    public override TableCell Cell(JobRow row, int column) =>
        JobColumns.Cell(row, column, _time.GetUtcNow(), _time.LocalTimeZone);

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) =>
        base.RowsChanged(before, after) || !ReferenceEquals(before.JobProgress, after.JobProgress);

    protected override IReadOnlyList<JobRow> BuildRows(ConsoleData data) => JobRowBuilder.Build(data.Jobs, data.Own, data.JobProgress);

    protected override IEnumerable<string> SearchTexts(JobRow row) => [row.Key, StatusRoles.JobText(row.Job.Status), row.Job.Summary];

    protected override DetailContent Describe(JobRow row) => JobDetail.Build(row.Job, _time.GetUtcNow(), _time.LocalTimeZone);

    protected override string EmptyText() => "no jobs";

    // Rows the parser refused are missing from this list: the title says so, with the first reason.
    public override string? Note => RefusedRows.Note(Data?.Snapshot.RefusedOrNone.Jobs);
}

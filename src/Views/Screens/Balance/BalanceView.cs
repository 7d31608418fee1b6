using System.Globalization;
using GntTui.Engine.Planners;
using GntTui.Views.Screens.Common;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Balance;

/// <summary>
/// <c>:balance</c>: hbal's plan for the cluster (<c>hbal -L -C</c> on the master, with the options
/// chosen here): the initial and final score in the title, one row per move (instance, from → to,
/// what kind of move, its jobset and commands). Showing it asks hbal again; x sends the plan.
/// </summary>
internal sealed class BalanceView : ResourceView<BalanceRow>
{
    private static readonly IReadOnlyList<SortScheme<BalanceRow>> SortList =
    [
        new("#", ConsoleCommands.SortStatus, "hbal's order", BalanceColumns.Position, (a, b) => a.Move.Position.CompareTo(b.Move.Position)),
    ];

    private readonly TimeProvider _time;
    private HbalOptions? _asked;

    public BalanceView(TimeProvider time)
        : base(ViewKind.Balance, "Balance", BalanceColumns.All, defaultSort: 0, defaultDescending: false)
    {
        _time = time;
        Table.MultiSelect = false;
    }

    /// <summary>The plan on screen; null while hbal runs again or before it first answered.</summary>
    public HbalPlan? Plan => _asked is null ? Data?.Planners.Balance?.Plan : null;

    /// <summary>When the plan on screen was made.</summary>
    public DateTimeOffset? PlannedAt => Plan is null ? null : Data?.Planners.Balance?.At;

    public override string? Note => (_asked, Data?.Planners.Balance) switch
    {
        ({ } o, _) => $"hbal running… ({Options(o)})",
        (null, { Plan: { } p } b) => $"{p.Summary} · {Options(b.Options)} · {TimeText.Ago(b.At, _time.GetUtcNow())}",
        (null, { Error: { } e }) => "hbal failed: " + e,
        _ => null,
    };

    public override bool Ticks => true;

    protected override IReadOnlyList<SortScheme<BalanceRow>> Sorts => SortList;

    /// <summary>hbal was asked again with <paramref name="options"/>: the old plan leaves the screen until the answer.</summary>
    public void Asked(HbalOptions options)
    {
        _asked = options;
        Refresh();
    }

    public override string Key(BalanceRow row) => row.Move.Position.ToString(CultureInfo.InvariantCulture);

    public override TableCell Cell(BalanceRow row, int column) => BalanceColumns.Cell(row, column);

    protected override IReadOnlyList<BalanceRow> BuildRows(ConsoleData data)
    {
        if (_asked is not null && data.Planners.Balance is { } answer && answer.Options == _asked)
        {
            _asked = null;
        }

        return _asked is null && data.Planners.Balance?.Plan is { } plan ? Rows(plan) : [];
    }

    protected override bool RowsChanged(ConsoleData before, ConsoleData after) => !ReferenceEquals(before.Planners.Balance, after.Planners.Balance);

    protected override IEnumerable<string> SearchTexts(BalanceRow row) => [row.Move.Instance, row.Move.From, row.Move.To, row.Move.Kind];

    protected override DetailContent Describe(BalanceRow row) => new($"move {row.Move.Position}: {row.Move.Instance}",
    [
        DetailLine.Heading("hbal's move"),
        new("instance", row.Move.Instance),
        new("from", row.Move.From),
        new("to", row.Move.To),
        new("move", $"{row.Move.Kind} (a={row.Move.Moves})"),
        new("score after", row.Move.Score.ToString("0.00000000", CultureInfo.InvariantCulture)),
        new("jobset", row.Job is { } j ? $"{j.Jobset} (job {j.Jobset}/{j.Index})" : "-"),
        .. (row.Job?.Commands ?? []).Select((c, i) => new DetailLine(i == 0 ? "commands" : "", c.Text)),
    ]);

    protected override string EmptyText() => (_asked, Data?.Planners.Balance) switch
    {
        ({ } o, _) => $"asking hbal for a plan: {string.Join(' ', o.Argv())}…",
        (null, null) => "no plan yet: p asks hbal (hbal -L -C)",
        (null, { Error: { } e }) => "hbal failed: " + e,
        (null, { Plan: { } p }) => p.Summary + (p.Notes.Count > 0 ? " — " + string.Join("; ", p.Notes) : ""),
        _ => "",
    };

    private static string Options(HbalOptions o) => string.Join(' ', o.Argv());

    private static List<BalanceRow> Rows(HbalPlan plan)
    {
        // hbal prints one job per move, in the order of the moves.
        var unused = plan.Jobs.ToList();
        var rows = new List<BalanceRow>(plan.Moves.Count);
        foreach (var move in plan.Moves)
        {
            var job = unused.FirstOrDefault(j => j.Commands.Any(c => c.Instance == move.Instance));
            if (job is not null)
            {
                unused.Remove(job);
            }

            rows.Add(new BalanceRow(move, job));
        }

        return rows;
    }
}

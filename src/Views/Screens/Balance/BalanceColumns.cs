using System.Globalization;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Balance;

/// <summary>hbal's solution lines, one column per field (Cluster.hs printSolutionLine), plus the jobset and commands of each move.</summary>
internal static class BalanceColumns
{
    public const int Position = 0;
    public const int Instance = 1;
    public const int From = 2;
    public const int To = 3;
    public const int Move = 4;
    public const int Jobset = 5;
    public const int Score = 6;
    public const int Commands = 7;

    public static IReadOnlyList<TableColumn> All { get; } =
    [
        TableColumn.Fixed("#", 4),
        new("INSTANCE", 10, 30, Weight: 1),
        new("FROM", 8, 30),
        new("TO", 8, 30),
        new("MOVE", 12, 40, Weight: 1),
        TableColumn.Fixed("JOBSET", 7),
        TableColumn.Fixed("SCORE AFTER", 12),
        new("COMMANDS", 20, Weight: 2),
    ];

    public static TableCell Cell(BalanceRow row, int column) => column switch
    {
        Position => (TableCell)row.Move.Position.ToString(CultureInfo.InvariantCulture),
        Instance => row.Move.Instance,
        From => row.Move.From,
        To => row.Move.To,
        Move => row.Move.Kind,
        Jobset => row.Job is { } j ? j.Jobset.ToString(CultureInfo.InvariantCulture) : "",
        Score => row.Move.Score.ToString("0.00000000", CultureInfo.InvariantCulture),
        Commands => row.Job is { } job ? string.Join("; ", job.Commands.Select(c => c.Text)) : "",
        _ => default,
    };
}

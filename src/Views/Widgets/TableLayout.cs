namespace GntTui.Views.Widgets;

/// <summary>
/// Shares a width between columns: columns of the lowest priority give way while the minimums do not
/// fit, then minimums left to right, then spare width by weight.
/// </summary>
public static class TableLayout
{
    private const int MinPartialWidth = 3;

    /// <summary>
    /// Column widths for <paramref name="width"/> cells with <paramref name="gap"/> cells between
    /// columns. Columns that do not fit get 0 (hidden); the first that partly fits gets the rest.
    /// </summary>
    public static int[] Compute(IReadOnlyList<TableColumn> columns, int width, int gap = 1)
    {
        var widths = new int[columns.Count];
        var hidden = GivingWay(columns, width, gap);
        var remaining = Math.Max(0, width);
        var shown = 0;
        for (var i = 0; i < columns.Count && remaining > 0; i++)
        {
            if (hidden[i])
            {
                continue;
            }

            var separator = shown > 0 ? gap : 0;
            var need = Math.Max(1, columns[i].MinWidth) + separator;
            if (remaining >= need)
            {
                widths[i] = need - separator;
                remaining -= need;
                shown++;
                continue;
            }

            // Partly fits: a truncated column beats an empty stretch, but a one- or two-cell
            // stub ("…") does not; then the shown columns share the rest.
            if (remaining - separator >= MinPartialWidth)
            {
                widths[i] = remaining - separator;
                return widths;
            }

            break;
        }

        Distribute(columns, widths, remaining);
        return widths;
    }

    /// <summary>The columns hidden by priority: lowest first, rightmost of equals first, until all priorities left are equal or the minimums fit.</summary>
    private static bool[] GivingWay(IReadOnlyList<TableColumn> columns, int width, int gap)
    {
        var hidden = new bool[columns.Count];
        var need = columns.Sum(c => Math.Max(1, c.MinWidth)) + Math.Max(0, columns.Count - 1) * gap;
        while (need > width)
        {
            var visible = Enumerable.Range(0, columns.Count).Where(i => !hidden[i]).ToList();
            var lowest = visible.Min(i => columns[i].Priority);
            if (visible.TrueForAll(i => columns[i].Priority == lowest))
            {
                break; // equals: the left-to-right fill below decides, with a partly shown last column
            }

            var drop = visible.Last(i => columns[i].Priority == lowest);
            hidden[drop] = true;
            need -= Math.Max(1, columns[drop].MinWidth) + gap;
        }

        return hidden;
    }

    private static void Distribute(IReadOnlyList<TableColumn> columns, int[] widths, int remaining)
    {
        while (remaining > 0)
        {
            var eligible = Enumerable.Range(0, columns.Count).Where(i => widths[i] > 0 && CanGrow(columns[i], widths[i])).ToList();
            if (eligible.Count == 0)
            {
                return;
            }

            var totalWeight = eligible.Sum(i => columns[i].Weight);
            var given = 0;
            foreach (var i in eligible)
            {
                var share = (int)((long)remaining * columns[i].Weight / totalWeight);
                share = Math.Min(share, Headroom(columns[i], widths[i]));
                widths[i] += share;
                given += share;
            }

            if (given == 0)
            {
                // Rounding left a few cells: one each, leftmost first.
                foreach (var i in eligible)
                {
                    if (given == remaining)
                    {
                        break;
                    }

                    widths[i]++;
                    given++;
                }
            }

            remaining -= given;
        }
    }

    private static bool CanGrow(TableColumn column, int width) => column.Weight > 0 && Headroom(column, width) > 0;

    private static int Headroom(TableColumn column, int width) =>
        column.MaxWidth is { } max ? Math.Max(0, max - width) : int.MaxValue;
}

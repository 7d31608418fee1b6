using System.Text;

namespace GntTui.Simulator;

/// <summary>cli.FormatTable: separator-joined rows, or space-padded columns with numbers right-aligned.</summary>
internal static class SimTable
{
    public static void Write(StringBuilder output, IReadOnlyList<string> titles, IReadOnlyList<bool> alignRight,
        IReadOnlyList<string[]> rows, bool header, string? separator)
    {
        if (separator is not null)
        {
            if (header)
            {
                output.AppendJoin(separator, titles).Append('\n');
            }
            foreach (var row in rows)
            {
                output.AppendJoin(separator, row).Append('\n');
            }
            return;
        }
        var widths = new int[titles.Count];
        if (header)
        {
            for (var c = 0; c < titles.Count; c++)
            {
                widths[c] = titles[c].Length;
            }
        }
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }
        if (titles.Count > 0 && !alignRight[^1])
        {
            // Ganeti avoids trailing spaces after a left-aligned last column.
            widths[^1] = 0;
        }
        if (header)
        {
            WriteRow(output, titles, alignRight, widths);
        }
        foreach (var row in rows)
        {
            WriteRow(output, row, alignRight, widths);
        }
    }

    private static void WriteRow(StringBuilder output, IReadOnlyList<string> cells, IReadOnlyList<bool> alignRight, int[] widths)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                output.Append(' ');
            }
            var pad = Math.Max(0, widths[c] - cells[c].Length);
            if (alignRight[c])
            {
                output.Append(' ', pad).Append(cells[c]);
            }
            else
            {
                output.Append(cells[c]).Append(' ', pad);
            }
        }
        output.Append('\n');
    }
}

namespace GntTui.Views.Screens.Common;

/// <summary>Case-insensitive order that reads numbers as numbers: node2 before node10, as people count hosts.</summary>
internal sealed class NaturalComparer : IComparer<string>
{
    public static NaturalComparer Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        // Sorting 20,000 names compares a few hundred thousand pairs: skip the shared prefix at
        // vector speed, backing up to the start of a number so "web12" and "web13" compare 12 with 13.
        var common = x.AsSpan().CommonPrefixLength(y);
        while (common > 0 && char.IsAsciiDigit(x[common - 1]))
        {
            common--;
        }

        int i = common, j = common;
        while (i < x.Length && j < y.Length)
        {
            if (char.IsAsciiDigit(x[i]) && char.IsAsciiDigit(y[j]))
            {
                var result = CompareNumbers(x, ref i, y, ref j);
                if (result != 0)
                {
                    return result;
                }

                continue;
            }

            var a = char.ToLowerInvariant(x[i]);
            var b = char.ToLowerInvariant(y[j]);
            if (a != b)
            {
                return a.CompareTo(b);
            }

            i++;
            j++;
        }

        var byLength = (x.Length - i).CompareTo(y.Length - j);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }

    private static int CompareNumbers(string x, ref int i, string y, ref int j)
    {
        // Leading zeros do not make a number bigger; then more digits do, then the digits themselves.
        while (i < x.Length - 1 && x[i] == '0' && char.IsAsciiDigit(x[i + 1]))
        {
            i++;
        }

        while (j < y.Length - 1 && y[j] == '0' && char.IsAsciiDigit(y[j + 1]))
        {
            j++;
        }

        var startX = i;
        var startY = j;
        while (i < x.Length && char.IsAsciiDigit(x[i]))
        {
            i++;
        }

        while (j < y.Length && char.IsAsciiDigit(y[j]))
        {
            j++;
        }

        var byDigits = (i - startX).CompareTo(j - startY);
        return byDigits != 0 ? byDigits : x.AsSpan(startX, i - startX).SequenceCompareTo(y.AsSpan(startY, j - startY));
    }
}

using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens.Common;

/// <summary>Sort order for Ganeti fields that may hold no value: a missing value sorts before every real one.</summary>
internal static class ReadingOrder
{
    public static int Compare<T>(Reading<T> a, Reading<T> b) where T : struct, IComparable<T> =>
        (a.HasValue, b.HasValue) switch
        {
            (true, true) => a.Value.CompareTo(b.Value),
            (false, false) => a.State.CompareTo(b.State),
            (false, true) => -1,
            _ => 1,
        };

    /// <summary>Nulls first, as for readings.</summary>
    public static int Compare<T>(T? a, T? b) where T : struct, IComparable<T> =>
        (a, b) switch
        {
            ({ } x, { } y) => x.CompareTo(y),
            (null, null) => 0,
            (null, _) => -1,
            _ => 1,
        };
}

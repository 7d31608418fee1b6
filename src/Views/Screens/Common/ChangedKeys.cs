namespace GntTui.Views.Screens.Common;

/// <summary>The keys two lookups disagree on (added, dropped, or another value): the rows that show them change.</summary>
internal static class ChangedKeys
{
    public static IReadOnlyList<string> Between<TValue>(IReadOnlyDictionary<string, TValue>? before, IReadOnlyDictionary<string, TValue>? after)
    {
        if (ReferenceEquals(before, after))
        {
            return [];
        }

        var changed = new List<string>();
        foreach (var (key, value) in after ?? new Dictionary<string, TValue>())
        {
            if (before is null || !before.TryGetValue(key, out var old) || !EqualityComparer<TValue>.Default.Equals(old, value))
            {
                changed.Add(key);
            }
        }

        foreach (var key in before?.Keys ?? [])
        {
            if (after is null || !after.ContainsKey(key))
            {
                changed.Add(key);
            }
        }

        return changed;
    }
}

namespace GntTui.Views.Screens.Common;

/// <summary>
/// A way to sort a view, with the key that picks it (k9s style: Shift+letter; again flips the
/// direction). <paramref name="Column"/> gets the ▲/▼; ties fall back to the row key.
/// </summary>
internal sealed record SortScheme<TRow>(
    string Keys,
    string Command,
    string Description,
    int Column,
    Comparison<TRow> Compare,
    bool DescendingFirst = false);

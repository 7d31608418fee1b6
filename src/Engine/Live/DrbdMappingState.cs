using GntTui.Engine.Drbd;

namespace GntTui.Engine.Live;

/// <summary>The list-drbd rows known now, which minors each answered node maps, and what went wrong last time.</summary>
internal sealed record DrbdMappingState(
    IReadOnlyList<DrbdMinorMapping> Rows,
    IReadOnlyDictionary<string, IReadOnlySet<int>> MappedMinors,
    IReadOnlyList<string> Notes,
    DateTimeOffset? FetchedAt)
{
    public static DrbdMappingState Empty { get; } = new([], new Dictionary<string, IReadOnlySet<int>>(), [], null);
}

namespace GntTui.Engine.Drbd;

/// <summary>The version lines at the top of /proc/drbd. Any part may be missing.</summary>
public sealed record DrbdVersion(string? Release, string? Api, string? Protocol)
{
    public string? SourceVersion { get; init; }
    public string? GitHash { get; init; }

    /// <summary>The "build by …" text after the Git hash.</summary>
    public string? BuiltBy { get; init; }

    /// <summary>Ganeti refuses every DRBD major but 8; unknown counts as acceptable.</summary>
    public bool IsMajor8OrUnknown => Release is null || Release.StartsWith("8.", StringComparison.Ordinal);
}

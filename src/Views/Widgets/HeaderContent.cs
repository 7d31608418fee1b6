using GntTui.Views.Themes;

namespace GntTui.Views.Widgets;

/// <summary>What the header line shows, left to right: title, context, badges, status; and a right-hand text.</summary>
/// <param name="Title">The app or cluster name, in bold.</param>
/// <param name="Context">Where you are: "cluster prod-a › instances".</param>
/// <param name="Badges">DEMO, READ-ONLY.</param>
/// <param name="Status">Connection state and age: "connected · 3s ago".</param>
/// <param name="StatusRole">Colours the status (ok, warning when stale, error when down).</param>
/// <param name="Right">Right-aligned: a clock, counts.</param>
public sealed record HeaderContent(
    string Title,
    string? Context = null,
    IReadOnlyList<HeaderBadge>? Badges = null,
    string? Status = null,
    StyleRole StatusRole = StyleRole.Header,
    string? Right = null);

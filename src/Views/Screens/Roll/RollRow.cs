namespace GntTui.Views.Screens.Roll;

/// <summary>One of hroller's reboot groups: its place in hroller's order and its nodes.</summary>
internal sealed record RollRow(int Position, IReadOnlyList<string> Nodes, IReadOnlyList<string> Moves);

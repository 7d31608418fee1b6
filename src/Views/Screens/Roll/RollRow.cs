namespace GntTui.Views.Screens.Roll;

/// <summary>One of hroller's reboot groups: its place in hroller's order, its nodes, and where the roll stands with it ("" before a roll).</summary>
internal sealed record RollRow(int Position, IReadOnlyList<string> Nodes, IReadOnlyList<string> Moves, string State = "");

namespace GntTui.Engine.Ganeti.Info;

/// <summary>One line of a section: <paramref name="Depth"/> says how far under the line above it belongs (a NIC's MAC under "nic/0").</summary>
public sealed record InfoField(string Key, string Value, int Depth);

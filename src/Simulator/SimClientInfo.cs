namespace GntTui.Simulator;

/// <summary>Who submitted an opcode: the client binary and command, the user's --reason, and when.</summary>
internal sealed record SimClientInfo(string Binary, string Command, string? UserReason, DateTimeOffset At);

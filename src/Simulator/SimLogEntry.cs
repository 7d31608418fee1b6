namespace GntTui.Simulator;

/// <summary>One line of a job's execution log: what gnt-job watch prints after the ctime.</summary>
public sealed record SimLogEntry(int Serial, DateTimeOffset Time, string Message);

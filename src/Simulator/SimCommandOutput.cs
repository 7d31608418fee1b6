namespace GntTui.Simulator;

/// <summary>What a simulated command printed and how it exited.</summary>
public sealed record SimCommandOutput(int ExitCode, string Stdout, string Stderr);

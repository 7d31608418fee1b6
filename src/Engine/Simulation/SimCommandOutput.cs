namespace GntTui.Engine.Simulation;

/// <summary>What a simulated command printed and how it exited.</summary>
public sealed record SimCommandOutput(int ExitCode, string Stdout, string Stderr);

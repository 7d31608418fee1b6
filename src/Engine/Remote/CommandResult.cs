namespace GntTui.Engine.Remote;

/// <summary>What one command printed and how it ended.</summary>
public sealed record CommandResult(int ExitCode, string Stdout, string Stderr, TimeSpan Duration)
{
    public bool Succeeded => ExitCode == 0;
}

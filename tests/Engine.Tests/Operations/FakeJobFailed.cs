namespace GntTui.Engine.Tests.Operations;

/// <summary>A fake job ends in error with Ganeti's failure text.</summary>
internal sealed class FakeJobFailed(string message, params string[] log) : Exception(message)
{
    public IReadOnlyList<string> Log { get; } = log;
}

namespace GntTui.Engine.Tests.Remote.Sshd;

/// <summary>One sshd for the test class.</summary>
public sealed class LoopbackSshdFixture : IDisposable
{
    public LoopbackSshd Server { get; } = new();

    public void Dispose() => Server.Dispose();
}

namespace GntTui.Engine.Tests.Remote.Sshd;

/// <summary>A theory against a real sshd: skipped and failed exactly like <see cref="SshdFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SshdTheoryAttribute : TheoryAttribute
{
    public SshdTheoryAttribute() => Skip = LoopbackSshd.SkipReason();
}

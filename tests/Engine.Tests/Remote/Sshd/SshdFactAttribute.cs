namespace GntTui.Engine.Tests.Remote.Sshd;

/// <summary>
/// A test against a real sshd. Skipped with the reason on a machine without one; in CI
/// (GNTTUI_LAB_REQUIRED=1, where tests/run.sh installed it) a missing sshd fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SshdFactAttribute : FactAttribute
{
    public SshdFactAttribute() => Skip = LoopbackSshd.SkipReason();
}

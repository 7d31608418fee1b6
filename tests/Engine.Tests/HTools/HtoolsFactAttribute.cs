namespace GntTui.Engine.Tests.HTools;

/// <summary>
/// A test whose oracle is Ganeti's htools (<c>hcheck</c>, <c>hinfo</c>; Debian ganeti-htools-3.0,
/// which tests/run.sh installs). Skipped with the reason where they are missing, except in CI
/// (GNTTUI_LAB_REQUIRED=1), where a missing oracle fails the test instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HtoolsFactAttribute : FactAttribute
{
    public HtoolsFactAttribute()
    {
        if (Htools.Missing is { } why && !Required)
        {
            Skip = why + " (apt-get install ganeti-htools-3.0, or run tests/run.sh as root)";
        }
    }

    public static bool Required => Environment.GetEnvironmentVariable("GNTTUI_LAB_REQUIRED") is "1" or "true";
}

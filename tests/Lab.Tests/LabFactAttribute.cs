namespace GntTui.Lab.Tests;

/// <summary>
/// A test that needs the real Ganeti lab. On a developer machine without the lab it is skipped with
/// the reason and the command to bring the lab up; in CI (GNTTUI_LAB_REQUIRED=1) it always runs, so a
/// missing lab fails loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LabFactAttribute : FactAttribute
{
    public LabFactAttribute()
    {
        if (!LabEnvironment.IsUp && !LabEnvironment.Required)
        {
            Skip = LabEnvironment.WhyNot;
        }
    }
}

namespace GntTui.Lab.Tests;

/// <summary>A theory that needs the real Ganeti lab; see <see cref="LabFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LabTheoryAttribute : TheoryAttribute
{
    public LabTheoryAttribute()
    {
        if (!LabEnvironment.IsUp && !LabEnvironment.Required)
        {
            Skip = LabEnvironment.WhyNot;
        }
    }
}

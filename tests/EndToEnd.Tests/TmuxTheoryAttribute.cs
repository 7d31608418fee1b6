namespace GntTui.EndToEnd.Tests;

/// <summary>A theory in a real terminal; skipped like <see cref="TmuxFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmuxTheoryAttribute : TheoryAttribute
{
    public TmuxTheoryAttribute()
    {
        Skip = TmuxFactAttribute.SkipReason();
    }
}

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// A test in a real terminal. Skipped with the reason where tmux is missing; in CI
/// (GNTTUI_LAB_REQUIRED=1, where tests/run.sh installs tmux) a missing tmux fails instead.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        Skip = SkipReason();
    }

    internal static string? SkipReason()
    {
        var required = Environment.GetEnvironmentVariable("GNTTUI_LAB_REQUIRED") is "1" or "true";
        var hasTmux = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, "tmux")));
        return !hasTmux && !required ? "tmux is not installed (apt-get install tmux; tests/run.sh does it as root)" : null;
    }
}

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// The built gnt-tui against the real Ganeti lab, in tmux. Skipped with the reason where the lab or
/// tmux is missing; in CI (GNTTUI_LAB_REQUIRED=1) it always runs, so a missing lab fails loudly.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LabConsoleFactAttribute : FactAttribute
{
    public LabConsoleFactAttribute()
    {
        if (LabConsole.Required)
        {
            return;
        }

        if (!LabConsole.IsUp)
        {
            Skip = LabConsole.WhyNot;
        }
        else if (!LabConsole.HasTmux)
        {
            Skip = "tmux is not installed (apt-get install tmux; tests/run.sh does it as root)";
        }
    }
}

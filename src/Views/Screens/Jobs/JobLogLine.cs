using GntTui.Views.Themes;

namespace GntTui.Views.Screens.Jobs;

/// <summary>One screen line of a job's log: text, or text then a progress bar then more text.</summary>
internal sealed record JobLogLine(string Text, StyleRole Role, double? Fraction = null, string Suffix = "")
{
    public bool IsProgress => Fraction is not null;
}

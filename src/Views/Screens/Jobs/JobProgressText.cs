using System.Globalization;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Jobs;

/// <summary>A job's progress in a few words for its row: "step 3/6 · 42.0% · ETA 1m35s".</summary>
internal static class JobProgressText
{
    public static string Of(JobProgress? progress)
    {
        if (progress is null)
        {
            return "";
        }

        var parts = new List<string>(4);
        if (progress.Step is { } step)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"step {step.Number}/{step.Count}"));
        }

        if (progress.Percent is { } percent)
        {
            parts.Add(Units.Percent(percent));
        }

        if (progress.Eta is { } eta)
        {
            parts.Add("ETA " + Compact(eta));
        }

        if (progress.Failed)
        {
            parts.Add("failure reported");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The two largest units, no blanks: "2d9h", "1m35s", "7s".</summary>
    public static string Compact(TimeSpan duration)
    {
        var d = duration < TimeSpan.Zero ? TimeSpan.Zero : duration;
        (long Value, string Unit)[] units = [((long)d.TotalDays, "d"), (d.Hours, "h"), (d.Minutes, "m"), (d.Seconds, "s")];
        var first = Array.FindIndex(units, u => u.Value > 0);
        if (first < 0)
        {
            return "0s";
        }

        return string.Concat(units.Skip(first).Take(2).Where(u => u.Value > 0).Select(u => u.Value.ToString(CultureInfo.InvariantCulture) + u.Unit));
    }
}

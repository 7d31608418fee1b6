using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Planners;

/// <summary>The three sentences of <c>gnt-cluster watcher info|pause|continue</c> (gnt_cluster.py WatcherOps).</summary>
public static partial class WatcherOutputParser
{
    [GeneratedRegex(@"^The watcher is (?:not|no longer) paused\.$")]
    private static partial Regex NotPaused();

    [GeneratedRegex(@"^The watcher is paused until (?<until>.+)\.$")]
    private static partial Regex PausedUntil();

    public static WatcherStatus Parse(string stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var line = stdout.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
        if (NotPaused().IsMatch(line))
        {
            return WatcherStatus.Running;
        }

        return PausedUntil().Match(line) is { Success: true } m
            ? new WatcherStatus(true, m.Groups["until"].Value)
            : throw new GanetiException(GanetiErrorKind.Unparseable, $"gnt-cluster watcher printed \"{line}\", not a watcher state GntTui knows", rawOutput: stdout);
    }
}

using GntTui.Engine.Model;
using GntTui.Engine.Planners;
using GntTui.Views.Screens.Common;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// The header's words from a snapshot: which cluster, whether the data is live, how old it is.
/// At 3 a.m. "is this current?" is the first question, so staleness is never subtle.
/// </summary>
internal static class HeaderBuilder
{
    public static HeaderContent Build(ClusterSnapshot snapshot, ConsoleOptions options, string screenTitle, DateTimeOffset now, WatcherStatus? watcher = null)
    {
        var info = snapshot.Info;
        var title = info?.Name is { Length: > 0 } name ? name
            : snapshot.ClusterName.Length > 0 ? snapshot.ClusterName
            : options.ClusterLabel;
        if (options.NamesProfile && title != options.ClusterLabel)
        {
            title = $"{options.ClusterLabel} · {title}";
        }

        var badges = new List<HeaderBadge>(2);
        if (options.IsDemo || snapshot.IsDemo)
        {
            badges.Add(HeaderBadge.Demo);
        }

        if (options.ReadOnly)
        {
            badges.Add(HeaderBadge.ReadOnly);
        }

        // A paused watcher restarts nothing that fails: the operator must know, and until when (the master's clock).
        if (watcher?.Headline is { } paused)
        {
            badges.Add(new HeaderBadge(paused, StyleRole.Warning));
        }

        var (status, role) = Status(snapshot, now);
        var context = info is null ? null : $"master {info.MasterNode} · Ganeti {info.Version}";
        return new HeaderContent(title, context, badges, status, role, screenTitle);
    }

    /// <summary>"● live · updated 3 seconds ago", "▲ not answering · updated 12 seconds ago", "▲ stale, updated 2 minutes ago: ssh: timeout".</summary>
    public static (string Text, StyleRole Role) Status(ClusterSnapshot snapshot, DateTimeOffset now)
    {
        var age = Age(snapshot, now);
        // With nothing ever received there is no age to tell: saying "updated N seconds ago" would be a lie.
        var hasData = snapshot.Info is not null || snapshot.FromCache || snapshot.Nodes.Count > 0;
        return snapshot.Connection switch
        {
            // The worst night: said first, with the way out (gnt-cluster master-failover on a candidate)
            // before Ganeti's reason, which can run past the header's width and is what gets cut.
            ConnectionState.Stale when snapshot.MasterGone => ($"▲ master gone (:failover){(hasData ? ", " + age : "")}: {OneLine(snapshot.Error) ?? "no answer"}", StyleRole.Error),
            ConnectionState.Stale when !hasData => ($"▲ not reached yet, retrying: {OneLine(snapshot.Error) ?? "refresh failed"}", StyleRole.Warning),
            // The refresh in flight is overdue: the data in hand is as old as it says, and nothing newer is coming yet.
            ConnectionState.Live when snapshot.LateAfter is { } late && now > late => ($"▲ not answering · {age}", StyleRole.Warning),
            ConnectionState.Live when snapshot.RefusedOrNone.Count > 0 => ($"● live · {age} · ▲ {snapshot.RefusedOrNone.Summary} (see the list titles)", StyleRole.Warning),
            // Live data with a local fault beside it (the state file cannot be written): both are said.
            ConnectionState.Live when OneLine(snapshot.Error) is { } fault => ($"● live · {age} · ▲ {fault}", StyleRole.Warning),
            ConnectionState.Live => ($"● live · {age}", snapshot.FromCache ? StyleRole.Warning : StyleRole.Running),
            // The age goes before the reason: a long ssh error is what gets cut, not how old the data is.
            ConnectionState.Stale => ($"▲ stale, {age}: {OneLine(snapshot.Error) ?? "refresh failed"}", StyleRole.Warning),
            _ => (snapshot.FromCache || snapshot.Nodes.Count > 0 ? $"◌ connecting… · {age}" : "◌ connecting…", StyleRole.Header),
        };
    }

    private static string Age(ClusterSnapshot snapshot, DateTimeOffset now)
    {
        var taken = snapshot.TakenAt > now ? now : snapshot.TakenAt;
        return snapshot.FromCache
            ? $"cached, {TimeText.Compact(now - taken)} old"
            : "updated " + TimeText.Ago(taken, now);
    }

    // Errors from ssh can run to several lines; the header has one.
    private static string? OneLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var line = text.Trim();
        var newline = line.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? line : line[..newline].TrimEnd() + " …";
    }
}

using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>How the console was started: theme, read-only and demo modes, and what to call the cluster before the first snapshot.</summary>
public sealed record ConsoleOptions(Theme Theme, bool ReadOnly, bool IsDemo, string ClusterLabel)
{
    /// <summary>User overrides layered on the defaults: each binding's command gets the binding's keys, in every context that has the command.</summary>
    public KeyMap? UserBindings { get; init; }

    /// <summary>Several clusters are configured: the header names the profile too (two profiles can reach clusters of one name).</summary>
    public bool NamesProfile { get; init; }

    /// <summary>Who is named in each operation's <c>--reason</c> (user@host); null means the local user.</summary>
    public string? Operator { get; init; }
}

namespace GntTui.Views.Screens.Common;

/// <summary>The domain the cluster's names share, which tables may drop when names do not fit.</summary>
public static class ClusterDomain
{
    /// <summary>"example.com" of Ganeti's cluster name "cluster.example.com"; null for a bare name.</summary>
    public static string? Of(string? clusterName) =>
        clusterName?.IndexOf('.', StringComparison.Ordinal) is { } dot and > 0 && dot < clusterName.Length - 1 ? clusterName[(dot + 1)..] : null;
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;

namespace GntTui.Engine.Operations;

/// <summary>
/// Runs <c>gnt-cluster verify --error-codes</c> (4–6 s on the lab) and turns its output into findings
/// a view can list and jump from. <c>--ignore-errors=CODE</c> makes Ganeti report those codes as
/// warnings (and exit 0 if nothing else is wrong): for known noise such as the lab's ENODESETUP.
/// </summary>
public sealed partial class ClusterVerification
{
    private readonly GanetiClient _client;
    private readonly TimeProvider _time;
    private readonly string? _clusterName;

    /// <param name="clusterName">Named on findings about the cluster itself (Ganeti prints their object as None).</param>
    public ClusterVerification(GanetiClient client, TimeProvider? time = null, string? clusterName = null)
    {
        _client = client;
        _time = time ?? TimeProvider.System;
        _clusterName = clusterName;
    }

    /// <summary>What a cluster finding is named when the cluster's own name is not known.</summary>
    public const string UnnamedCluster = "(cluster)";

    [GeneratedRegex(@"^E[A-Z0-9_]+$")]
    private static partial Regex ErrorCode();

    [GeneratedRegex(@"-\s+NOTICE:\s*(?<msg>.*)$")]
    private static partial Regex Notice();

    public static IReadOnlyList<string> Argv(IReadOnlyList<string> ignoreErrors)
    {
        ArgumentNullException.ThrowIfNull(ignoreErrors);
        foreach (var code in ignoreErrors.Where(c => !ErrorCode().IsMatch(c)))
        {
            throw new ArgumentException($"'{NameValidator.Printable(code)}' is not a verify error code (like ENODESETUP)", nameof(ignoreErrors));
        }
        return [.. GanetiQueries.ClusterVerify(), .. ignoreErrors.Select(c => "--ignore-errors=" + c)];
    }

    public async Task<VerifyReport> RunAsync(IReadOnlyList<string>? ignoreErrors, CancellationToken ct)
    {
        var ignored = ignoreErrors ?? [];
        var started = Stopwatch.GetTimestamp();
        var at = _time.GetUtcNow();
        var r = await _client.Shell.RunAsync(Argv(ignored), TimeSpan.FromMinutes(5), ct).ConfigureAwait(false);
        var report = Parse(r.Stdout, ignored, at, Stopwatch.GetElapsedTime(started), _clusterName);
        // verify exits 1 when it finds errors; only a failure with nothing found is a failure to verify.
        if (!r.Succeeded && report.Errors == 0)
        {
            throw GanetiErrorParser.FromResult(r, "gnt-cluster verify");
        }
        return report;
    }

    public static VerifyReport Parse(string output, IReadOnlyList<string> ignored, DateTimeOffset at, TimeSpan duration, string? clusterName = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var items = VerifyOutputParser.Parse(output).Select(f => new VerifyItem(
            f.Severity == "ERROR" ? VerifySeverity.Error : VerifySeverity.Warning, f.Code, KindOf(f.ObjectType),
            ObjectName(KindOf(f.ObjectType), f.ObjectName, clusterName), f.Message)).ToList();
        foreach (var line in output.Split('\n'))
        {
            if (Notice().Match(line.TrimEnd('\r')) is { Success: true } m)
            {
                items.Add(new VerifyItem(VerifySeverity.Notice, "", VerifyObjectKind.Cluster, "", m.Groups["msg"].Value.Trim()));
            }
        }
        return new VerifyReport(items.OrderByDescending(i => i.Severity).ToList(), ignored, at, duration);
    }

    /// <summary>
    /// verify.py formats the object name with %s, so checks about no particular object (the cluster's
    /// config, certificates, files) print Python's None: the cluster is what they are about.
    /// </summary>
    private static string ObjectName(VerifyObjectKind kind, string name, string? clusterName) => name switch
    {
        "None" or "" when kind == VerifyObjectKind.Cluster => string.IsNullOrEmpty(clusterName) ? UnnamedCluster : clusterName,
        "None" => "",
        _ => name,
    };

    private static VerifyObjectKind KindOf(string type) => type switch
    {
        "cluster" => VerifyObjectKind.Cluster,
        "node" => VerifyObjectKind.Node,
        "instance" => VerifyObjectKind.Instance,
        "group" => VerifyObjectKind.Group,
        _ => VerifyObjectKind.Other,
    };
}

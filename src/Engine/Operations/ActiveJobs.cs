using System.Globalization;
using System.Text.RegularExpressions;
using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Operations;

/// <summary>
/// Which unfinished jobs name an object. Ganeti puts the names an opcode acts on in the job's
/// summary ("INSTANCE_MIGRATE(inst1.example.com)", "NODE_SET_PARAMS(node3.example.com)").
/// </summary>
internal static partial class ActiveJobs
{
    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9._-]*")]
    private static partial Regex Word();

    public static bool IsActive(GanetiJob job) => job.Status is JobStatus.Queued or JobStatus.Waiting or JobStatus.Running or JobStatus.Canceling;

    /// <summary>The snapshot's jobs and the caller's (e.g. jobs the console submitted since), unfinished, once each.</summary>
    public static IReadOnlyList<GanetiJob> Merge(IEnumerable<GanetiJob> snapshot, IEnumerable<GanetiJob>? extra) =>
        snapshot.Concat(extra ?? []).Where(IsActive).GroupBy(j => j.Id).Select(g => g.Last()).OrderBy(j => j.Id).ToList();

    public static IEnumerable<GanetiJob> Naming(IEnumerable<GanetiJob> jobs, string name) =>
        jobs.Where(j => Word().Matches(j.Summary).Any(m => string.Equals(m.Value, name, StringComparison.OrdinalIgnoreCase)));

    public static string Describe(GanetiJob job) =>
        string.Create(CultureInfo.InvariantCulture, $"job {job.Id} ({job.Summary}) is {job.Status.ToString().ToLowerInvariant()}");
}

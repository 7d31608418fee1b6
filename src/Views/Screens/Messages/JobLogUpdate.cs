using GntTui.Engine.Ganeti.Jobs;

namespace GntTui.Views.Screens.Messages;

/// <summary>
/// Posted by the App while a job is followed: the full log so far (not a delta, so a lost message
/// costs nothing), the outcome once the job ended, or why following failed.
/// </summary>
public sealed record JobLogUpdate(long JobId, IReadOnlyList<JobLogEntry> Entries, JobOutcome? Outcome, string? Error);

namespace GntTui.Simulator;

/// <summary>gnt-job list fields; timestamps print as Python lists, "[1795266172, 915152]", or None.</summary>
internal static class JobFields
{
    public static readonly IReadOnlyList<string> Defaults = ["id", "status", "summary"];

    public static readonly IReadOnlyDictionary<string, SimField<SimJob>> All = Build();

    private static Dictionary<string, SimField<SimJob>> Build()
    {
        var fields = new List<SimField<SimJob>>
        {
            new("id", "ID", SimFieldKind.Number, j => SimValue.Of(j.Id)),
            new("status", "Status", SimFieldKind.Text, j => SimValue.Of(j.StatusText)),
            new("summary", "Summary", SimFieldKind.Other, j => SimValue.Of(j.Summary)),
            new("received_ts", "Received", SimFieldKind.Other, j => Stamp(j.Received)),
            new("start_ts", "Start", SimFieldKind.Other, j => Stamp(j.Started)),
            new("end_ts", "End", SimFieldKind.Other, j => Stamp(j.Ended)),
            new("priority", "Priority", SimFieldKind.Number, j => SimValue.Of(0)),
            new("opstatus", "OpCode_status", SimFieldKind.Other, j => SimValue.Of($"['{SimJobText.OpStatus(j)}']")),
            new("ops", "OpCodes", SimFieldKind.Other, j => SimValue.Of($"['{j.OpId}']")),
        };
        return fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
    }

    // A time not reached yet is "-" in the lab (a running job's end_ts, a dequeued job's start_ts), not "None".
    private static SimValue Stamp(DateTimeOffset? t) => SimValue.Of(t is { } v ? GanetiFormat.TimestampPair(v) : "-");
}

namespace GntTui.Simulator;

/// <summary>One gnt-* subcommand: its usage text, options, argument count and handler.</summary>
internal sealed record GntCommand(
    string Name,
    string Usage,
    string Help,
    IReadOnlyList<GntOption> Options,
    int MinArgs,
    int? MaxArgs,
    Func<GntInvocation, SimProcess> Handler)
{
    /// <summary>A real Ganeti command the simulator does not model; its options are not checked.</summary>
    public bool IsSimulated { get; init; } = true;

    public static GntCommand NotSimulated(string name, string usage, string help) =>
        new(name, usage, help, [], 0, null, Submission.NotSimulated) { IsSimulated = false };
}

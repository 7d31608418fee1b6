namespace GntTui.Engine.Simulation;

/// <summary>One gnt-* subcommand: its usage text, options, argument count and handler.</summary>
internal sealed record GntCommand(
    string Name,
    string Usage,
    string Help,
    IReadOnlyList<GntOption> Options,
    int MinArgs,
    int? MaxArgs,
    Func<GntInvocation, SimProcess> Handler);

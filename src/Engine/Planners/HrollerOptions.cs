using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Planners;

/// <summary>hroller's options the console offers: evacuate secondaries too, only nodes with these tags, only the first group, one node group.</summary>
public sealed record HrollerOptions(bool FullEvacuation = false, IReadOnlyList<string>? NodeTags = null, bool OneStepOnly = false, string? Group = null)
{
    public IReadOnlyList<string> Argv()
    {
        var argv = new List<string> { "hroller", "-L" };
        if (FullEvacuation)
        {
            argv.Add("--full-evacuation");
        }

        if (NodeTags is { Count: > 0 } tags)
        {
            argv.Add("--node-tags=" + string.Join(",", tags.Select(t => NameValidator.RequireSimpleName(t, "node tag"))));
        }

        if (OneStepOnly)
        {
            argv.Add("--one-step-only");
        }

        if (Group is { } group)
        {
            argv.Add("-G");
            argv.Add(NameValidator.RequireSimpleName(group, "node group"));
        }

        return argv;
    }
}

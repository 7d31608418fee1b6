using System.Globalization;
using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Planners;

/// <summary>
/// The hbal options the console offers (Ganeti 3.0.2's hbal; it has no <c>--print-moves</c>: <c>-C</c>
/// prints the moves and their commands): the node group, no disk moves, evacuation mode, the score
/// to stop at (<c>-e</c>) and the most rounds (<c>--max-length</c>).
/// </summary>
public sealed record HbalOptions(string? Group = null, bool NoDiskMoves = false, bool EvacMode = false, double? MinScore = null, int? MaxLength = null)
{
    /// <summary>The argv run on the master: always <c>-L</c> (the master's own data) and <c>-C</c>, never <c>-X</c>.</summary>
    public IReadOnlyList<string> Argv()
    {
        var argv = new List<string> { "hbal", "-L", "-C" };
        if (Group is { } group)
        {
            argv.Add("-G");
            argv.Add(NameValidator.RequireSimpleName(group, "node group"));
        }

        if (NoDiskMoves)
        {
            argv.Add("--no-disk-moves");
        }

        if (EvacMode)
        {
            argv.Add("--evac-mode");
        }

        if (MinScore is { } e)
        {
            argv.Add("--min-score=" + (e >= 0 && double.IsFinite(e) ? e.ToString("R", CultureInfo.InvariantCulture) : throw new ArgumentException("the minimum score is a number from 0 up")));
        }

        if (MaxLength is { } l)
        {
            argv.Add("--max-length=" + (l > 0 ? l.ToString(CultureInfo.InvariantCulture) : throw new ArgumentException("the most rounds is a number from 1 up")));
        }

        return argv;
    }
}

using System.Collections.Concurrent;

namespace GntTui.Engine.Drbd;

/// <summary>
/// <see cref="ProcDrbdParser"/> for the sampler: a node whose capture reads exactly as its previous
/// one (a quiet node, sample after sample) gets that sample again at the new time, with the same
/// device objects, for the price of a string compare instead of a parse. The monitor takes the same
/// devices as "nothing changed". Thread-safe (streams and one-shots parse on their own threads).
/// </summary>
internal sealed class DrbdRepeatParser
{
    private readonly ConcurrentDictionary<string, (string Text, DrbdSample Sample)> _last = new(StringComparer.OrdinalIgnoreCase);

    public DrbdSample Parse(string text, string node, DateTimeOffset time)
    {
        if (_last.TryGetValue(node, out var last) && string.Equals(last.Text, text, StringComparison.Ordinal))
        {
            return last.Sample with { Time = time };
        }
        var sample = ProcDrbdParser.Parse(text, node, time);
        _last[node] = (text, sample);
        return sample;
    }

    /// <summary>A node no longer sampled: its text is not kept.</summary>
    public void Forget(string node) => _last.TryRemove(node, out _);
}

using System.Globalization;

namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>
/// <c>gnt-job info</c> of several jobs cut into one text per job: each starts at a line
/// "- Job ID: N" (PrintGenericInfo's list of jobs); "Job ID N not found" lines belong to no job.
/// </summary>
public static class JobInfoBlocks
{
    private const string Start = "- Job ID: ";

    public static IReadOnlyList<(long Id, string Text)> Split(string output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var blocks = new List<(long, string)>();
        long? id = null;
        var text = new System.Text.StringBuilder();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith(Start, StringComparison.Ordinal))
            {
                Flush();
                id = long.TryParse(line.AsSpan(Start.Length).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            }
            else if (line.StartsWith("- Job ID ", StringComparison.Ordinal) || line.StartsWith("Job ID ", StringComparison.Ordinal))
            {
                Flush();
                id = null;
            }

            if (id is not null)
            {
                text.Append(line).Append('\n');
            }
        }

        Flush();
        return blocks;

        void Flush()
        {
            if (id is { } done)
            {
                blocks.Add((done, text.ToString()));
            }

            text.Clear();
        }
    }
}

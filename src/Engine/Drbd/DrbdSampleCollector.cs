using System.Text;

namespace GntTui.Engine.Drbd;

/// <summary>Gathers a stream's lines into captures, cut at <see cref="DrbdQueries.SampleEndMarker"/>.</summary>
internal sealed class DrbdSampleCollector(int maxLines)
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _notes = [];
    private int _lines;

    /// <summary>Adds a line; returns the finished capture when the line is the end marker.</summary>
    public string? Add(string line)
    {
        if (line.TrimEnd('\r', ' ', '\t') == DrbdQueries.SampleEndMarker)
        {
            var text = _text.ToString();
            _text.Clear();
            _lines = 0;
            return text;
        }
        if (++_lines > maxLines)
        {
            _notes.Add($"{maxLines} lines without an end marker were dropped");
            _text.Clear();
            _lines = 1;
        }
        _text.Append(line).Append('\n');
        return null;
    }

    /// <summary>What went wrong while collecting the capture just returned.</summary>
    public IReadOnlyList<string> TakeNotes()
    {
        if (_notes.Count == 0)
        {
            return [];
        }
        var notes = _notes.ToList();
        _notes.Clear();
        return notes;
    }
}

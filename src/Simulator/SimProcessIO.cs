using System.Text;

namespace GntTui.Simulator;

/// <summary>A simulated process's stdout and stderr: collected, or handed on line by line while it runs.</summary>
internal sealed class SimProcessIO(Func<string, ValueTask>? onLine)
{
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly StringBuilder _partial = new();

    public bool IsStreaming => onLine is not null;

    public string Stdout => _stdout.ToString();

    /// <summary>Where collected stdout goes; a big answer is written here directly instead of copied.</summary>
    internal StringBuilder? CollectingStdout => onLine is null ? _stdout : null;

    public string Stderr => _stderr.ToString();

    /// <summary>Lines handed to the stream so far (the transport may drop after some).</summary>
    public int LinesOut { get; private set; }

    /// <summary>Set by the transport to cut the stream after a number of lines.</summary>
    public Func<int, ValueTask>? BeforeLine { get; set; }

    public async ValueTask Out(string text)
    {
        if (onLine is null)
        {
            _stdout.Append(text);
            return;
        }
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n')
            {
                continue;
            }
            _partial.Append(text, start, i - start);
            await Emit(_partial.ToString()).ConfigureAwait(false);
            _partial.Clear();
            start = i + 1;
        }
        _partial.Append(text, start, text.Length - start);
    }

    public ValueTask OutLine(string line) => Out(line + "\n");

    public void Err(string text) => _stderr.Append(text);

    public void ErrLine(string line) => _stderr.Append(line).Append('\n');

    /// <summary>Hands on a last line that had no newline.</summary>
    public async ValueTask Flush()
    {
        if (onLine is not null && _partial.Length > 0)
        {
            await Emit(_partial.ToString()).ConfigureAwait(false);
            _partial.Clear();
        }
    }

    private async ValueTask Emit(string line)
    {
        if (BeforeLine is not null)
        {
            await BeforeLine(LinesOut).ConfigureAwait(false);
        }
        LinesOut++;
        await onLine!(line).ConfigureAwait(false);
    }
}

using System.Text;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Support;

/// <summary>An in-memory terminal for tests: records every write and lets a test resize it.</summary>
public sealed class FakeTerminal : ITerminal
{
    private readonly Lock _gate = new();
    private readonly List<byte> _output = [];

    public FakeTerminal(int width = 80, int height = 24)
    {
        Size = new TerminalSize(width, height);
    }

    public event EventHandler<TerminalSize>? SizeChanged;

    public TerminalSize Size { get; private set; }

    /// <summary>Number of Write calls: a frame should be exactly one.</summary>
    public int WriteCount { get; private set; }

    public int FlushCount { get; private set; }

    public bool RawInput { get; private set; }

    /// <summary>A copy of everything written so far.</summary>
    public byte[] OutputBytes()
    {
        lock (_gate)
        {
            return [.. _output];
        }
    }

    public string OutputText => Encoding.UTF8.GetString(OutputBytes());

    public void Write(ReadOnlySpan<byte> bytes)
    {
        lock (_gate)
        {
            WriteCount++;
            foreach (var b in bytes)
            {
                _output.Add(b);
            }
        }
    }

    public void Write(string text) => Write(Encoding.UTF8.GetBytes(text));

    public void Flush()
    {
        lock (_gate)
        {
            FlushCount++;
        }
    }

    public void SetRawInput(bool enabled) => RawInput = enabled;

    /// <summary>Forgets the output so far, so a test can look at what the next step writes.</summary>
    public void ClearOutput()
    {
        lock (_gate)
        {
            _output.Clear();
            WriteCount = 0;
            FlushCount = 0;
        }
    }

    public void Resize(int width, int height)
    {
        Size = new TerminalSize(width, height);
        SizeChanged?.Invoke(this, Size);
    }
}

using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>A reusable byte buffer for building one frame's output without intermediate strings.</summary>
internal sealed class AnsiBuffer
{
    private byte[] _bytes = new byte[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public byte[] ToArray() => Length == 0 ? [] : _bytes.AsSpan(0, Length).ToArray();

    public void Append(byte b)
    {
        Ensure(1);
        _bytes[Length++] = b;
    }

    /// <summary>Appends escape-sequence text, which is always ASCII.</summary>
    public void AppendAscii(string text)
    {
        Ensure(text.Length);
        foreach (var c in text)
        {
            _bytes[Length++] = (byte)c;
        }
    }

    public void AppendNumber(int value)
    {
        if (value < 10)
        {
            Append((byte)('0' + value));
            return;
        }

        Span<byte> digits = stackalloc byte[11];
        var n = 0;
        var v = (uint)value;
        while (v > 0)
        {
            digits[n++] = (byte)('0' + (v % 10));
            v /= 10;
        }

        Ensure(n);
        while (n > 0)
        {
            _bytes[Length++] = digits[--n];
        }
    }

    public void AppendText(string text)
    {
        if (text.Length == 1 && text[0] < 0x80)
        {
            Append((byte)text[0]);
            return;
        }

        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        Length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(Length));
    }

    private void Ensure(int extra)
    {
        if (Length + extra > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + extra));
        }
    }
}

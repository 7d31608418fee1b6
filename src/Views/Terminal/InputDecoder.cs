using System.Text;

namespace GntTui.Views.Terminal;

/// <summary>
/// Turns the terminal's input bytes, as they arrive in reads of any size, into events: keys through
/// <see cref="KeyParser"/>, and everything between the bracketed-paste markers <c>ESC[200~</c> and
/// <c>ESC[201~</c> as one <see cref="KeyEvent.Paste"/>, so that a pasted Enter, y or s is text and
/// never a key. Holds what a read left unfinished (half a sequence, half an end marker) until the
/// next read or <see cref="Expire"/>. Not thread-safe: one reader feeds it.
/// </summary>
public sealed class InputDecoder
{
    /// <summary>
    /// A paste keeps at most this much; the rest is read and dropped. Far above every text field's
    /// bound, so the field still sees (and says) that the paste was cut, while a runaway paste
    /// cannot grow the console.
    /// </summary>
    public const int MaxPasteBytes = 64 * 1024;

    /// <summary>How long a lone ESC (or half a sequence) waits for the rest before it is the Escape key.</summary>
    public static readonly TimeSpan EscapeTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// A terminal sends a paste in one burst: this long without a byte inside a paste means the end
    /// marker was lost, and the paste ends there — otherwise every later key, Esc and Ctrl+C
    /// included, would be swallowed as pasted text.
    /// </summary>
    public static readonly TimeSpan PasteTimeout = TimeSpan.FromSeconds(1);

    private static ReadOnlySpan<byte> PasteStart => "\e[200~"u8;

    private static ReadOnlySpan<byte> PasteEnd => "\e[201~"u8;

    // Longer than any real key sequence: an unfinished "sequence" this long is garbage, decoded as it stands.
    private const int MaxPendingBytes = 256;

    private readonly MemoryStream _paste = new();
    private byte[] _pending = new byte[64];
    private int _pendingLength;
    private bool _inPaste;

    /// <summary>True between a paste's start marker and its end.</summary>
    public bool InPaste => _inPaste;

    /// <summary>How long to wait for more bytes before calling <see cref="Expire"/>; null when nothing waits.</summary>
    public TimeSpan? Timeout => _inPaste ? PasteTimeout : _pendingLength > 0 ? EscapeTimeout : null;

    /// <summary>Decodes <paramref name="bytes"/> (after whatever the last read left), adding complete events to <paramref name="output"/>.</summary>
    public void Feed(ReadOnlySpan<byte> bytes, ICollection<KeyEvent> output)
    {
        if (_pendingLength == 0)
        {
            Keep(bytes[Decode(bytes, output, endOfInput: false)..]);
        }
        else
        {
            // Only a few bytes are ever pending (half a sequence or marker): joining them to the read is cheap.
            var joined = new byte[_pendingLength + bytes.Length];
            _pending.AsSpan(0, _pendingLength).CopyTo(joined);
            bytes.CopyTo(joined.AsSpan(_pendingLength));
            _pendingLength = 0;
            Keep(joined.AsSpan(Decode(joined, output, endOfInput: false)));
        }

        if (_pendingLength > MaxPendingBytes)
        {
            Expire(output);
        }
    }

    /// <summary>
    /// No more bytes came in time (or the input ended): half a sequence resolves to what it can be
    /// (a lone ESC is Escape), and an unterminated paste ends with what it holds.
    /// </summary>
    public void Expire(ICollection<KeyEvent> output)
    {
        var pending = _pending.AsSpan(0, _pendingLength).ToArray();
        _pendingLength = 0;
        if (_inPaste)
        {
            AppendPaste(pending);
            EndPaste(output);
            return;
        }

        var consumed = Decode(pending, output, endOfInput: true);
        Keep(pending.AsSpan(consumed));
    }

    private int Decode(ReadOnlySpan<byte> data, ICollection<KeyEvent> output, bool endOfInput)
    {
        var at = 0;
        while (at < data.Length)
        {
            var rest = data[at..];
            if (_inPaste)
            {
                var end = rest.IndexOf(PasteEnd);
                if (end < 0)
                {
                    // The end marker may be split across reads: hold back what could be its start.
                    var held = PartialEndMarker(rest);
                    AppendPaste(rest[..^held]);
                    return data.Length - held;
                }

                AppendPaste(rest[..end]);
                EndPaste(output);
                at += end + PasteEnd.Length;
                continue;
            }

            if (rest.StartsWith(PasteStart))
            {
                _inPaste = true;
                at += PasteStart.Length;
                continue;
            }

            var consumed = KeyParser.TryParse(rest, out var key, endOfInput);
            if (consumed == 0)
            {
                return at;
            }

            if (key.Key != Key.None)
            {
                output.Add(key);
            }

            at += consumed;
        }

        return at;
    }

    private static int PartialEndMarker(ReadOnlySpan<byte> data)
    {
        for (var length = Math.Min(PasteEnd.Length - 1, data.Length); length > 0; length--)
        {
            if (PasteEnd.StartsWith(data[^length..]))
            {
                return length;
            }
        }

        return 0;
    }

    private void AppendPaste(ReadOnlySpan<byte> bytes)
    {
        var room = MaxPasteBytes - (int)_paste.Length;
        if (room > 0)
        {
            _paste.Write(bytes[..Math.Min(room, bytes.Length)]);
        }
    }

    private void EndPaste(ICollection<KeyEvent> output)
    {
        _inPaste = false;
        if (_paste.Length > 0)
        {
            output.Add(KeyEvent.Paste(Encoding.UTF8.GetString(_paste.GetBuffer(), 0, (int)_paste.Length)));
        }

        _paste.SetLength(0);
    }

    private void Keep(ReadOnlySpan<byte> rest)
    {
        if (rest.Length > _pending.Length)
        {
            _pending = new byte[rest.Length];
        }

        rest.CopyTo(_pending);
        _pendingLength = rest.Length;
    }
}

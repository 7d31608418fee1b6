using System.Text;
using Microsoft.Win32.SafeHandles;

namespace GntTui.Views.Terminal;

/// <summary>
/// Reads keys on a background thread with blocking reads: the thread sleeps in the kernel between
/// presses, so an idle console costs no CPU (polling KeyAvailable cost 5.6% of a core). On a Unix
/// terminal it reads stdin's raw bytes itself (the terminal is already non-canonical and silent
/// once <see cref="ITerminal.SetRawInput"/> ran) and decodes them with <see cref="InputDecoder"/>:
/// <see cref="Console.ReadKey(bool)"/> hands a bracketed paste over as loose keys — ESC, [, 2, 0,
/// 0, ~, then every pasted character, Enter included — so it cannot tell pasted text from typing.
/// Elsewhere (Windows, redirected input) it uses ReadKey. The thread is a background thread: it
/// never keeps the process alive, and a blocked read needs no cancelling at exit.
/// </summary>
public sealed class InputReader
{
    private readonly Func<ConsoleKeyInfo>? _readKey;
    private readonly Stream? _bytes;
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly Action<KeyEvent> _onKey;
    private readonly Action<Exception>? _onError;
    private readonly InputGate? _gate;
    private Thread? _thread;
    private volatile bool _stopping;

    /// <param name="onKey">Called on the reader thread for every key; post it to the event loop.</param>
    /// <param name="onError">Called once if reading fails (e.g. stdin is not a terminal).</param>
    /// <param name="readKey">The key source; the console by default, a script in tests.</param>
    public InputReader(Action<KeyEvent> onKey, Action<Exception>? onError = null, Func<ConsoleKeyInfo>? readKey = null)
    {
        _onKey = onKey;
        _onError = onError;
        if (readKey is null && !OperatingSystem.IsWindows() && !Console.IsInputRedirected)
        {
            _bytes = new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);
            _gate = new InputGate(0);
        }
        else
        {
            _readKey = readKey ?? (() => Console.ReadKey(intercept: true));
        }
    }

    /// <summary>Reads raw terminal bytes from <paramref name="bytes"/> (a pipe or a script in tests).</summary>
    /// <param name="fd">The descriptor behind <paramref name="bytes"/>, when it has one: then <see cref="Pause"/> works.</param>
    public InputReader(Stream bytes, Action<KeyEvent> onKey, Action<Exception>? onError = null, TimeProvider? time = null, int? fd = null)
    {
        _bytes = bytes;
        _gate = fd is { } d ? new InputGate(d, TimeSpan.FromMilliseconds(50)) : null;
        _onKey = onKey;
        _onError = onError;
        _time = time ?? TimeProvider.System;
    }

    public bool IsRunning => _thread is { IsAlive: true };

    public void Start()
    {
        if (_thread is not null)
        {
            return;
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "gnt-tui input" };
        _thread.Start();
    }

    /// <summary>Stops delivering keys. A read already blocked ends with the next key or the process.</summary>
    public void Stop() => _stopping = true;

    /// <summary>
    /// Stops reading the terminal until <see cref="Resume"/>, and returns once the reader is parked:
    /// from then on every key goes to whoever else reads the terminal. Without a descriptor to wait
    /// on (Windows, tests with a plain stream) there is nothing to park.
    /// </summary>
    public void Pause()
    {
        if (_gate is not null && IsRunning)
        {
            _gate.Pause();
        }
    }

    public void Resume() => _gate?.Resume();

    /// <summary>Waits for the reader thread to end (when the key source ran dry or failed).</summary>
    public bool Join(TimeSpan timeout) => _thread?.Join(timeout) ?? true;

    private void Run()
    {
        try
        {
            if (_bytes is not null)
            {
                using var source = new ByteKeySource(_bytes, _onKey, _time, _gate);
                source.Run(() => _stopping);
                return;
            }

            while (!_stopping)
            {
                var info = _readKey!();
                if (_stopping)
                {
                    return;
                }

                var key = char.IsHighSurrogate(info.KeyChar) ? JoinSurrogate(info) : ConsoleKeyMapper.Map(info);
                if (key.Key != Key.None)
                {
                    _onKey(key);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or EndOfStreamException)
        {
            if (!_stopping)
            {
                _onError?.Invoke(ex);
            }
        }
    }

    // Characters beyond the BMP (emoji) arrive as two reads, one per UTF-16 half.
    private KeyEvent JoinSurrogate(ConsoleKeyInfo high)
    {
        var low = _readKey!();
        if (char.IsLowSurrogate(low.KeyChar))
        {
            return ConsoleKeyMapper.Map(high, new Rune(high.KeyChar, low.KeyChar));
        }

        var first = ConsoleKeyMapper.Map(high, Rune.ReplacementChar);
        _onKey(first);
        return ConsoleKeyMapper.Map(low);
    }
}

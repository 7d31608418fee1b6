using System.Diagnostics;

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// Captures the pane every 200 ms on a thread of its own, so what the console said briefly (a toast
/// lasts 3 s) is not missed while the test does something else, and every moment is timed on one clock.
/// </summary>
internal sealed class ScreenRecorder : IDisposable
{
    private readonly TmuxSession _tmux;
    private readonly List<(TimeSpan At, string Screen)> _frames = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Thread _thread;
    private volatile bool _stop;

    public ScreenRecorder(TmuxSession tmux)
    {
        _tmux = tmux;
        _thread = new Thread(Record) { IsBackground = true, Name = "screen recorder" };
        _thread.Start();
    }

    public TimeSpan Now => _clock.Elapsed;

    /// <summary>The first frame at or after <paramref name="since"/> that satisfies <paramref name="condition"/>, waiting up to <paramref name="limit"/> for it.</summary>
    public (TimeSpan At, string Screen) WaitFor(Func<string, bool> condition, TimeSpan since, TimeSpan limit, string what)
    {
        var until = Now + limit;
        var from = 0;
        while (true)
        {
            lock (_frames)
            {
                for (; from < _frames.Count; from++)
                {
                    if (_frames[from].At >= since && condition(_frames[from].Screen))
                    {
                        return _frames[from];
                    }
                }
            }
            if (Now > until)
            {
                throw new Xunit.Sdk.XunitException($"timed out waiting for {what}; the screen was:\n{Last}");
            }
            Thread.Sleep(50);
        }
    }

    /// <summary>The frames taken between two moments.</summary>
    public IReadOnlyList<string> Between(TimeSpan from, TimeSpan to)
    {
        lock (_frames)
        {
            return [.. _frames.Where(f => f.At >= from && f.At <= to).Select(f => f.Screen)];
        }
    }

    public string Last
    {
        get
        {
            lock (_frames)
            {
                return _frames.Count == 0 ? "" : _frames[^1].Screen;
            }
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Record()
    {
        while (!_stop)
        {
            var at = Now;
            try
            {
                var screen = _tmux.Capture();
                lock (_frames)
                {
                    _frames.Add((at, screen));
                }
            }
            catch (InvalidOperationException)
            {
                // The pane is being torn down.
            }
            Thread.Sleep(200);
        }
    }
}

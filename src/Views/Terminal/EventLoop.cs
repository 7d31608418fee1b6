using System.Threading.Channels;

namespace GntTui.Views.Terminal;

/// <summary>
/// The UI loop: one queue carries keys, ticks, resizes and app messages; the handler updates its
/// state, then a frame is painted — at once if the last frame is older than the frame interval,
/// otherwise at the end of the interval, so bursts of events cost one frame. Time comes from a
/// <see cref="TimeProvider"/> so tests can drive it.
/// </summary>
public sealed class EventLoop : IDisposable
{
    private readonly Channel<LoopEvent> _queue =
        Channel.CreateUnbounded<LoopEvent>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ITerminal _terminal;
    private readonly ILoopHandler _handler;
    private readonly TimeProvider _time;
    private readonly EventLoopOptions _options;
    private readonly ScreenRenderer _renderer = new();
    private ITimer? _tickTimer;
    private ITimer? _renderTimer;
    private long _lastFrame;
    private bool _hasRendered;
    private bool _dirty;
    private bool _renderScheduled;
    private bool _renderDue;
    private int _renderGeneration;
    private bool _started;
    private volatile bool _stopped;

    public EventLoop(ITerminal terminal, ILoopHandler handler, TimeProvider? time = null, EventLoopOptions? options = null)
    {
        _terminal = terminal;
        _handler = handler;
        _time = time ?? TimeProvider.System;
        _options = options ?? new EventLoopOptions();
        Screen = new Screen(terminal.Size.Width, terminal.Size.Height);
    }

    public Screen Screen { get; }

    /// <summary>Frames painted (handler's Render called), including ones that wrote nothing.</summary>
    public int FramesRendered { get; private set; }

    public long BytesWritten { get; private set; }

    public bool IsStopped => _stopped;

    /// <summary>Queues an app message (from any thread); the handler sees it as <see cref="LoopEvent.Message"/>.</summary>
    public void Post(object payload) => Post(new LoopEvent.Message(payload));

    public void Post(LoopEvent loopEvent) => _queue.Writer.TryWrite(loopEvent);

    public void PostKey(KeyEvent key) => Post(new LoopEvent.KeyPressed(key));

    /// <summary>Forces the next frame to clear and repaint everything (Ctrl+L). Loop thread only.</summary>
    public void Repaint()
    {
        _renderer.Invalidate();
        _dirty = true;
    }

    /// <summary>Ends the loop after the event being handled; callable from any thread.</summary>
    public void Stop()
    {
        _stopped = true;
        _queue.Writer.TryWrite(new LoopEvent.RenderDue(-1));
    }

    /// <summary>Subscribes to resizes and starts the tick; <see cref="RunAsync"/> calls it.</summary>
    public void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        _dirty = true;
        var size = _terminal.Size;
        Screen.Resize(size.Width, size.Height);
        _terminal.SizeChanged += OnSizeChanged;
        if (_options.TickInterval > TimeSpan.Zero)
        {
            _tickTimer = _time.CreateTimer(
                _ => Post(new LoopEvent.Tick(_time.GetUtcNow())), null, _options.TickInterval, _options.TickInterval);
        }
    }

    /// <summary>
    /// Handles everything queued, then paints or schedules a frame. Returns false once stopped.
    /// <see cref="RunAsync"/> calls it whenever the queue has events; tests call it directly.
    /// </summary>
    public bool RunPending()
    {
        Start();
        while (!_stopped && _queue.Reader.TryRead(out var loopEvent))
        {
            switch (loopEvent)
            {
                case LoopEvent.RenderDue due:
                    // A timer from a schedule that a frame already satisfied must not force another.
                    if (_renderScheduled && due.Generation == _renderGeneration)
                    {
                        _renderScheduled = false;
                        _renderDue = true;
                    }

                    break;
                case LoopEvent.Resized resized:
                    Screen.Resize(resized.Size.Width, resized.Size.Height);
                    _renderer.Invalidate();
                    _dirty = true;
                    Dispatch(loopEvent);
                    break;
                case LoopEvent.Handoff handoff:
                    handoff.Run();
                    Repaint();
                    break;
                case LoopEvent.TerminalBytes raw:
                    _terminal.Write(raw.Bytes);
                    _terminal.Flush();
                    break;
                default:
                    Dispatch(loopEvent);
                    break;
            }
        }

        if (_stopped)
        {
            return false;
        }

        if (_dirty)
        {
            RenderOrSchedule();
        }

        _renderDue = false;
        return true;
    }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        Start();
        try
        {
            while (RunPending())
            {
                if (!await _queue.Reader.WaitToReadAsync(cancellationToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancellation is a normal way to leave the loop.
        }
    }

    public void Dispose()
    {
        _stopped = true;
        _terminal.SizeChanged -= OnSizeChanged;
        _tickTimer?.Dispose();
        _renderTimer?.Dispose();
        _queue.Writer.TryComplete();
    }

    private void Dispatch(LoopEvent loopEvent)
    {
        switch (_handler.Handle(loopEvent))
        {
            case LoopOutcome.Redraw:
                _dirty = true;
                break;
            case LoopOutcome.Repaint:
                Repaint();
                break;
            case LoopOutcome.Quit:
                _stopped = true;
                break;
        }
    }

    private void RenderOrSchedule()
    {
        var now = _time.GetTimestamp();
        var elapsed = _time.GetElapsedTime(_lastFrame, now);
        if (!_hasRendered || _renderDue || elapsed >= _options.FrameInterval)
        {
            RenderFrame(now);
            return;
        }

        if (!_renderScheduled)
        {
            _renderScheduled = true;
            var generation = ++_renderGeneration;
            _renderTimer?.Dispose();
            _renderTimer = _time.CreateTimer(
                _ => Post(new LoopEvent.RenderDue(generation)), null, _options.FrameInterval - elapsed, Timeout.InfiniteTimeSpan);
        }
    }

    private void RenderFrame(long now)
    {
        _dirty = false;
        _hasRendered = true;
        _renderScheduled = false;
        _lastFrame = now;
        _handler.Render(Screen);
        FramesRendered++;
        var bytes = _renderer.Render(Screen);
        if (bytes.Length > 0)
        {
            // One write per frame: a frame split across writes can show half-painted over SSH.
            _terminal.Write(bytes);
            _terminal.Flush();
            BytesWritten += bytes.Length;
        }
    }

    private void OnSizeChanged(object? sender, TerminalSize size) => Post(new LoopEvent.Resized(size));
}

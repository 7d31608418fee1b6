namespace GntTui.Views.Terminal;

/// <summary>
/// The app's side of the event loop. Both methods run on the loop thread only, so the handler's
/// state needs no locks: other threads talk to it through <see cref="EventLoop.Post(object)"/>.
/// </summary>
public interface ILoopHandler
{
    LoopOutcome Handle(LoopEvent loopEvent);

    /// <summary>Paints the whole frame from state. The screen is not cleared first.</summary>
    void Render(Screen screen);
}

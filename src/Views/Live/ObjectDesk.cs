using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Info;
using GntTui.Engine.Remote;
using GntTui.Engine.Text;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Live;

/// <summary>
/// What the console asks about one node or instance that changes nothing: Ganeti's full info,
/// the instance's console, its name on the clipboard. Questions run on the pool and come back
/// as messages; the console itself runs on the loop thread (<see cref="LoopEvent.Handoff"/>), so
/// nothing paints over it.
/// </summary>
public sealed class ObjectDesk
{
    private readonly GanetiClient _client;
    private readonly Action<LoopEvent> _post;
    private readonly TerminalHandoff? _handoff;
    private readonly CancellationToken _stop;

    /// <param name="handoff">Lends the terminal to a console; null where there is none to lend (tests).</param>
    public ObjectDesk(GanetiClient client, Action<LoopEvent> post, TerminalHandoff? handoff, CancellationToken stop)
    {
        _client = client;
        _post = post;
        _handoff = handoff;
        _stop = stop;
    }

    /// <summary>The last console run's work, for tests to wait on.</summary>
    internal Task Pending { get; private set; } = Task.CompletedTask;

    public void LoadInfo(InfoKind kind, string name) => Pending = Task.Run(async () =>
    {
        InfoUpdate update;
        try
        {
            update = new InfoUpdate(kind, name, await _client.InfoAsync(kind, name, _stop), null);
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException or ArgumentException)
        {
            update = new InfoUpdate(kind, name, null, e.Message);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        _post(new LoopEvent.Message(update));
    });

    /// <summary>
    /// Asks Ganeti first (<c>--show-cmd</c>): without a console to attach to (the fake hypervisor,
    /// a VNC address, a stopped instance) its words are said and the screen stays; with one, the
    /// terminal is lent to <c>gnt-instance console</c> until it ends.
    /// </summary>
    public void OpenConsole(string instance) => Pending = Task.Run(async () =>
    {
        ConsoleAnswer answer;
        try
        {
            answer = await _client.AskConsoleAsync(instance, _stop);
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException or ArgumentException)
        {
            Say($"gnt-instance console {instance}: {e.Message}", ToastLevel.Error);
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!answer.CanAttach || _handoff is null)
        {
            Say($"{instance}: Ganeti answered \"{answer.Text}\" (no console to attach to)", ToastLevel.Warning);
            return;
        }

        _post(new LoopEvent.Handoff(() => Attach(instance)));
    });

    public void Copy(string text) => _post(new LoopEvent.TerminalBytes(ClipboardBytes.Copy(text)));

    private void Attach(string instance)
    {
        try
        {
            var banner = $"gnt-tui: gnt-instance console {instance} on {_client.Shell.Target}; gnt-tui comes back when it ends";
            var code = _handoff!.Run(banner, () => _client.AttachConsole(instance));
            Say(code == 0 ? $"console of {instance} closed" : $"console of {instance} ended with exit code {code}" + (code == 255 ? " (ssh could not connect, or the connection dropped)" : ""),
                code == 0 ? ToastLevel.Info : ToastLevel.Warning);
        }
        catch (Exception e) when (e is GanetiException or RemoteShellException or ArgumentException)
        {
            Say($"gnt-instance console {instance}: {e.Message}", ToastLevel.Error);
        }
    }

    private void Say(string text, ToastLevel level) => _post(new LoopEvent.Message(new Notice(UntrustedText.Line(text), level)));
}

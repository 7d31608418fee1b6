using GntTui.Views.Screens.Common;
using GntTui.Views.Terminal;

namespace GntTui.Views.Screens.Shell;

/// <summary>
/// What the console says about a key that does nothing, so no key press is lost without a word: an
/// operation key cut by read-only mode names the operation; any other key says it means nothing here.
/// </summary>
internal sealed class RefusedKeys
{
    private readonly KeyContexts? _everyKey;

    public RefusedKeys(ConsoleOptions options, IReadOnlyDictionary<ViewKind, KindScreen> kinds) =>
        // The maps as they would be without read-only mode: where a cut operation key is found again.
        _everyKey = options.ReadOnly ? new KeyContexts(options with { ReadOnly = false }, kinds) : null;

    /// <summary>Says the notice (when there is one) as a toast; true when one was shown.</summary>
    public bool Show(KeyEvent key, ConsoleMode mode, ViewKind kind, string where, Widgets.ToastCenter toasts)
    {
        if (Notice(key, mode, kind, where) is not { } notice)
        {
            return false;
        }

        toasts.Show(notice);
        return true;
    }

    public string? Notice(KeyEvent key, ConsoleMode mode, ViewKind kind, string where)
    {
        if (key.Key is Key.None or Key.Paste)
        {
            return null;
        }

        if (_everyKey?.For(mode, kind).Find(key) is { Dangerous: true } cut)
        {
            return $"read-only: {cut.FooterText} not sent";
        }

        return $"no action on {key} in {where} — ? for help";
    }
}

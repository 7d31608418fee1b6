using GntTui.Views.Screens.Common;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>The frame: header, a title rule, the body (list or pane), footer; prompts, help, toasts and confirmations on top.</summary>
internal sealed class FramePainter(ConsoleOptions options, TimeProvider time, BodyPanes body, CommandLine commandLine, Confirmations confirmations, ToastCenter toasts)
{
    /// <summary>Paints a frame; returns the header's status text (its age changes on ticks), null when the screen is too small for one.</summary>
    public string? Paint(Screen screen, ConsoleData data, IResourceView list, KeyMap keys, HelpOverlay? help)
    {
        var theme = options.Theme;
        if (TooSmallScreen.Applies(screen))
        {
            TooSmallScreen.Render(screen, theme);
            return null;
        }

        screen.Fill(screen.Bounds, theme.Normal);
        var now = time.GetUtcNow();
        var header = HeaderBuilder.Build(data.Snapshot, options, body.Title(list), now, data.Planners.Watcher?.Status);
        Header.Render(screen, screen.Bounds.TakeTop(1), theme, header);
        var footer = body.Mode != ConsoleMode.List ? null
            : !list.Filter.IsEmpty ? $"filter /{list.Filter.Text}"
            : list.Kind == ViewKind.Nodes ? data.Planners.Capacity?.Line
            : null;
        Footer.Render(screen, screen.Bounds.TakeBottom(1), theme, KeyContexts.FooterOrder(keys), footer);

        var area = screen.Bounds.SkipTop(1).SkipBottom(1);
        var prompt = commandLine.Take(ref area);
        body.Render(screen, area, theme, list, now);
        commandLine.Render(screen, prompt, area, theme);
        help?.Render(screen, area, theme, keys);
        toasts.Render(screen, area, theme);
        confirmations.Render(screen, area, theme);
        return header.Status ?? "";
    }
}

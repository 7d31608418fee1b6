using GntTui.Views.Screens.Shared;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>The frame: header, a title rule, the body (list, detail or job log), footer; prompts, help and toasts on top.</summary>
public sealed partial class ConsoleApp
{
    private const int MaxSuggestions = 8;

    /// <summary>Where the user is, for the header and the help title: "Instances", "Instances › web1", "Jobs › 42".</summary>
    internal string ScreenTitle => Mode switch
    {
        ConsoleMode.Detail => $"{ActiveScreen.Title} › {_detailTitle}",
        ConsoleMode.JobLog => $"Jobs › {_jobLog?.JobId}",
        ConsoleMode.Group or ConsoleMode.Runbook => $"{ActiveScreen.Title} › {_paneTitle}",
        _ => ActiveScreen.Title,
    };

    public void Render(Screen screen)
    {
        _size = new TerminalSize(screen.Width, screen.Height);
        var theme = _options.Theme;
        if (TooSmallScreen.Applies(screen))
        {
            TooSmallScreen.Render(screen, theme);
            return;
        }

        screen.Fill(screen.Bounds, theme.Normal);
        var now = _time.GetUtcNow();
        var header = HeaderBuilder.Build(_data.Snapshot, _options, ScreenTitle, now);
        _lastStatus = header.Status ?? "";
        Header.Render(screen, screen.Bounds.TakeTop(1), theme, header);
        Footer.Render(screen, screen.Bounds.TakeBottom(1), theme, KeyContexts.FooterOrder(CurrentKeys), FooterMessage());

        var body = screen.Bounds.SkipTop(1).SkipBottom(1);
        var prompt = default(Rect);
        if (_paletteOpen || _filterOpen)
        {
            prompt = body.TakeTop(1);
            body = body.SkipTop(1);
        }

        RenderBody(screen, body, now);
        if (_filterOpen)
        {
            _filter.Render(screen, prompt, theme);
        }

        if (_paletteOpen)
        {
            _palette.Render(screen, prompt with { Height = 1 + Math.Min(MaxSuggestions, body.Height) }, theme);
        }

        _help?.Render(screen, body, theme, CurrentKeys);
        _toasts.Render(screen, body, theme);
        _question?.Render(screen, body, theme);
        _dialog?.Render(screen, body, theme);
    }

    private void RenderBody(Screen screen, Rect body, DateTimeOffset now)
    {
        var theme = _options.Theme;
        switch (Mode)
        {
            case ConsoleMode.Detail:
                TitleLine.Render(screen, body.TakeTop(1), theme, _detailTitle);
                _detail.Render(screen, body.SkipTop(1).Inset(1, 0), theme);
                break;
            case ConsoleMode.Group or ConsoleMode.Runbook:
                TitleLine.Render(screen, body.TakeTop(1), theme, _paneTitle);
                _pane.Render(screen, body.SkipTop(1).Inset(1, 0), theme);
                break;
            case ConsoleMode.JobLog:
                TitleLine.Render(screen, body.TakeTop(1), theme, $"job {_jobLog!.JobId} log" + (_jobLog.FollowTail ? "" : " (scrolled; G follows)"));
                _jobLog.Render(screen, body.SkipTop(1), theme, now, _time.LocalTimeZone);
                break;
            default:
                var view = ActiveScreen;
                view.Refresh();
                TitleLine.Render(screen, body.TakeTop(1), theme, ListTitle(view));
                view.Render(screen, body.SkipTop(1), theme);
                break;
        }
    }

    /// <summary>"Instances [12/20000] </web> only unhealthy ✓3".</summary>
    private static string ListTitle(IResourceView view)
    {
        var shown = view.ShownCount;
        var total = view.TotalCount;
        var title = shown == total ? $"{view.Title} [{total}]" : $"{view.Title} [{shown}/{total}]";
        if (!view.Filter.IsEmpty)
        {
            title += $" </{view.Filter.Text}>";
        }

        if (view.Note is { } note)
        {
            title += $" ({note})";
        }

        var marked = view.Table.MarkedKeys.Count;
        return marked > 0 ? $"{title} ✓{marked}" : title;
    }

    private string? FooterMessage() =>
        Mode == ConsoleMode.List && !ActiveScreen.Filter.IsEmpty ? $"filter /{ActiveScreen.Filter.Text}" : null;
}

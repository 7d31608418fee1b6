using GntTui.Views.Screens.Clusters;
using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>The prompt line over the body: the <c>:</c> palette, and the <c>/</c> filter, which applies as it is typed.</summary>
internal sealed class CommandLine(Action<ConsoleIntent> intents)
{
    private readonly CommandPalette _palette = new(ScreenRegistry.PaletteEntries);
    private readonly FilterPrompt _filter = new();

    public bool PaletteOpen { get; private set; }

    public bool FilterOpen { get; private set; }

    public bool IsOpen => PaletteOpen || FilterOpen;

    public void OpenPalette()
    {
        _palette.Open();
        PaletteOpen = true;
    }

    public void OpenFilter(RowFilter current)
    {
        _filter.Open(current);
        FilterOpen = true;
    }

    /// <summary>
    /// A key for the open prompt; the palette's command once it is submitted, else null. A command
    /// whose arguments say it all (<c>:ctx NAME</c>) goes to the App here, and is not returned.
    /// </summary>
    public string? HandleKey(KeyEvent key, IResourceView list)
    {
        if (PaletteOpen)
        {
            var status = _palette.HandleKey(key);
            PaletteOpen = status == PromptStatus.Pending;
            var direct = status != PromptStatus.Submitted ? null
                : _palette.Command == ConsoleCommands.MasterFailover ? new ConsoleIntent.CheckFailover(_palette.Arguments.Length == 0 ? null : _palette.Arguments)
                : _palette.Command == ScreenRegistry.Of(ViewKind.Clusters).Command ? ClusterActions.ForArguments(_palette.Arguments) : null;
            if (direct is not null)
            {
                intents(direct);
                return null;
            }

            return status == PromptStatus.Submitted ? _palette.Command : null;
        }

        // The filter applies as it is typed; Esc has already put back the one from before.
        var filtered = _filter.HandleKey(key);
        list.SetFilter(_filter.Filter);
        FilterOpen = filtered == PromptStatus.Pending;
        return null;
    }

    /// <summary>The prompt's line, taken off the top of the body while a prompt is open.</summary>
    public Rect Take(ref Rect body)
    {
        if (!IsOpen)
        {
            return default;
        }

        var line = body.TakeTop(1);
        body = body.SkipTop(1);
        return line;
    }

    public void Render(Screen screen, Rect line, Rect body, Theme theme)
    {
        if (FilterOpen)
        {
            _filter.Render(screen, line, theme);
        }

        if (PaletteOpen)
        {
            _palette.Render(screen, line with { Height = 1 + Math.Min(_palette.Suggestions.Count, body.Height) }, theme);
        }
    }
}

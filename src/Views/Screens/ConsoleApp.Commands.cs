using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens;

/// <summary>What each command does; which keys run them is <see cref="ConsoleKeys"/>' business.</summary>
public sealed partial class ConsoleApp
{
    private LoopOutcome Run(string command)
    {
        if (Mode == ConsoleMode.List)
        {
            // Rows are built lazily: a key after a snapshot but before its frame must see the new rows.
            ActiveScreen.Refresh();
        }

        if (command.StartsWith(ConsoleCommands.ViewPrefix, StringComparison.Ordinal))
        {
            return Enum.TryParse<ViewKind>(command[ConsoleCommands.ViewPrefix.Length..], ignoreCase: true, out var kind)
                ? SwitchTo(kind)
                : LoopOutcome.Unchanged;
        }

        switch (command)
        {
            case ConsoleCommands.Quit:
                return Quit();
            case ConsoleCommands.Refresh:
                _intents(new ConsoleIntent.Refresh());
                return LoopOutcome.Unchanged;
            case ConsoleCommands.Help:
                _help = new HelpOverlay { Title = $"Keys: {ScreenTitle}" };
                return LoopOutcome.Redraw;
            case ConsoleCommands.Palette:
                _palette.Open();
                _paletteOpen = true;
                return LoopOutcome.Redraw;
            case ConsoleCommands.Back:
                return Back();
            case ConsoleCommands.Verify:
                return RunVerify();
            case ConsoleCommands.ShowGroup:
                return ShowLastGroup();
        }

        if (Move(command))
        {
            return LoopOutcome.Redraw;
        }

        return Mode switch
        {
            ConsoleMode.List => RunListCommand(command),
            ConsoleMode.Runbook => RunRunbookCommand(command),
            ConsoleMode.Detail when command == ConsoleCommands.DrbdFix && _detailKey is { } key => FixDrbd([key]),
            _ => LoopOutcome.Unchanged,
        };
    }

    private LoopOutcome RunListCommand(string command)
    {
        var screen = ActiveScreen;
        switch (command)
        {
            case ConsoleCommands.Filter:
                _filter.Open(screen.Filter);
                _filterOpen = true;
                return LoopOutcome.Redraw;
            case ConsoleCommands.Mark:
                return screen.Table.ToggleMark() ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
            case ConsoleCommands.Open when screen is JobsView:
                return FollowSelectedJob();
            case ConsoleCommands.Open when screen is VerifyView:
                return JumpToFinding();
            case ConsoleCommands.Open when screen is RunbooksView:
                return OpenSelectedRunbook();
            case ConsoleCommands.VerifyIgnoreCode:
                return IgnoreSelectedCode();
            case var op when IsOperation(op):
                return RunOperation(op);
            case ConsoleCommands.Open or ConsoleCommands.Describe:
                return OpenDetail();
        }

        return screen.RunCommand(command) ? LoopOutcome.Redraw : LoopOutcome.Unchanged;
    }

    private LoopOutcome Back()
    {
        switch (Mode)
        {
            case ConsoleMode.Detail or ConsoleMode.JobLog or ConsoleMode.Group or ConsoleMode.Runbook:
                CloseSubScreen();
                return LoopOutcome.Redraw;
        }

        var screen = ActiveScreen;
        if (!screen.Filter.IsEmpty)
        {
            screen.SetFilter(RowFilter.None);
            return LoopOutcome.Redraw;
        }

        if (screen.Table.MarkedKeys.Count > 0)
        {
            screen.Table.ClearMarks();
            return LoopOutcome.Redraw;
        }

        return LoopOutcome.Unchanged;
    }

    private LoopOutcome SwitchTo(ViewKind kind)
    {
        CloseSubScreen();
        ActiveView = kind;
        if (kind == ViewKind.Audit)
        {
            _intents(new ConsoleIntent.LoadAudit());
        }

        // Rows are built lazily; a key right after the switch must find them.
        ActiveScreen.Refresh();
        return LoopOutcome.Redraw;
    }

    private LoopOutcome OpenDetail()
    {
        if (ActiveScreen.Table.SelectedKey is not { } key || ActiveScreen.Describe(key) is not { } content)
        {
            return LoopOutcome.Unchanged;
        }

        _detailKey = key;
        _detailTitle = content.Title;
        _detail.SetLines(content.Lines, keepScroll: false);
        Mode = ConsoleMode.Detail;
        return LoopOutcome.Redraw;
    }

    /// <summary>Re-reads the open object from new data; a vanished object says so rather than closing under the user.</summary>
    private void RefreshDetail()
    {
        if (Mode != ConsoleMode.Detail || _detailKey is null)
        {
            return;
        }

        if (ActiveScreen.Describe(_detailKey) is { } content)
        {
            _detail.SetLines(content.Lines);
        }
        else
        {
            _detail.SetLines([DetailLine.Heading("Gone"), new("", $"{_detailTitle} is not in the latest snapshot", Themes.StyleRole.Warning)]);
        }
    }

    private LoopOutcome FollowSelectedJob()
    {
        if (ActiveScreen is not JobsView jobs || jobs.Table.SelectedKey is not { } key || jobs.FindJob(key) is not { } job)
        {
            return LoopOutcome.Unchanged;
        }

        _jobLog = new JobLogView(job.Id, job);
        if (_endedLogs.TryGetValue(job.Id, out var ended))
        {
            _jobLog.Apply(ended);
        }

        Mode = ConsoleMode.JobLog;
        _intents(new ConsoleIntent.FollowJob(job.Id));
        return LoopOutcome.Redraw;
    }

    private void CloseSubScreen()
    {
        if (_jobLog is { } log)
        {
            _intents(new ConsoleIntent.StopFollowing(log.JobId));
            _jobLog = null;
            if (!_data.Own.Contains(log.JobId) && _data.JobProgress.ContainsKey(log.JobId))
            {
                // No longer followed: its row would show a progress that stops moving.
                SetData(_data.WithJobProgress(log.JobId, null));
            }
        }

        _detailKey = null;
        _groupShown = null;
        _runbookShown = null;
        Mode = ConsoleMode.List;
    }
}

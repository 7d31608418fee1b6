using GntTui.Engine.Operations;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Screens.Shared;
using GntTui.Views.Screens.Verify;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Shell;

/// <summary>v runs cluster verify and shows its findings; Enter on a finding goes to its node or instance.</summary>
public sealed partial class ConsoleApp
{
    private readonly List<string> _ignoredCodes = [];

    internal IReadOnlyList<string> IgnoredCodes => _ignoredCodes;

    private LoopOutcome RunVerify()
    {
        if (_data.Verify is { Running: true })
        {
            _toasts.Show("gnt-cluster verify is already running");
        }
        else
        {
            _intents(new ConsoleIntent.Verify([.. _ignoredCodes]));
            SetData(_data.WithVerify(new VerifyUpdate(_data.Verify?.Report, Running: true, null)));
        }

        return SwitchTo(ViewKind.Verify);
    }

    /// <summary>i on a finding: its code is demoted (--ignore-errors) from now on, and verify runs again.</summary>
    private LoopOutcome IgnoreSelectedCode()
    {
        if (ActiveScreen is not VerifyView view || view.Table.SelectedKey is not { } key || view.Find(key) is not { Code.Length: > 0 } item)
        {
            return LoopOutcome.Unchanged;
        }

        if (item.Severity != VerifySeverity.Error || _ignoredCodes.Contains(item.Code))
        {
            _toasts.Show($"{item.Code} is not an error here: nothing to demote");
            return LoopOutcome.Redraw;
        }

        _ignoredCodes.Add(item.Code);
        _toasts.Show($"{item.Code} demoted to a warning (--ignore-errors={item.Code}) for this session");
        return RunVerify();
    }

    private LoopOutcome JumpToFinding()
    {
        if (ActiveScreen is not VerifyView view || view.Table.SelectedKey is not { } key || view.Find(key) is not { } item)
        {
            return LoopOutcome.Unchanged;
        }

        if (!item.CanJump)
        {
            return OpenDetail();
        }

        var kind = item.ObjectKind == VerifyObjectKind.Node ? ViewKind.Nodes : ViewKind.Instances;
        SwitchTo(kind);
        var target = ActiveScreen;
        if (!target.Table.SelectKey(item.ObjectName) && !target.Filter.IsEmpty)
        {
            // Hidden by this view's filter: the finding matters more than the filter.
            target.SetFilter(RowFilter.None);
            target.Refresh();
            target.Table.SelectKey(item.ObjectName);
        }

        if (target.Table.SelectedKey != item.ObjectName)
        {
            _toasts.Show($"{item.ObjectName} is not in the latest refresh", ToastLevel.Warning);
        }

        return LoopOutcome.Redraw;
    }
}

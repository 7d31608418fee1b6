using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>
/// The confirmation of a mutating operation: its choices, the pre-flight findings, the exact
/// command line that will run on the master, and the <c>--reason</c>. Nothing blocked: <c>y</c>
/// (or Enter on the confirm button) sends it. A blocker: only typing the instance or node name
/// sends it (and the override is written into the reason). A group leaves blocked rows out.
/// Findings are worked out again whenever a choice or the cluster data changes; with a runner off
/// the loop the dialog opens at once, says "checking…", and fills in when the answer arrives.
/// </summary>
internal sealed class OperationDialog
{
    private readonly string? _operator;
    private readonly PreflightRunner _runner;
    private ConsoleData _data;
    private int _generation;
    private bool _checkedOnce;
    private bool _reasonEdited;
    private bool _settingReason;
    private bool _fromData;
    private bool _typedAtSettle;

    public OperationDialog(OperationRequest request, ConsoleData data, string? operatorName, PreflightRunner? runner = null)
    {
        Request = request;
        _data = data;
        _operator = operatorName;
        _runner = runner ?? PreflightRunner.Inline;
        Reason.Changed += () => _reasonEdited |= !_settingReason;
        Focus = request.Fields.Count > 0 ? DialogFocus.Field : DialogFocus.Buttons;
        Recheck();
    }

    public OperationRequest Request { get; }

    public TextField Reason { get; } = new() { MaxLength = 400 };

    /// <summary>Where the operator types the name to override blockers (or to confirm a typed-only operation).</summary>
    public TextField Typed { get; } = new() { MaxLength = 300 };

    public DialogFocus Focus { get; private set; }

    public int FieldIndex { get; private set; }

    /// <summary>0 is the confirming button, 1 Cancel.</summary>
    public int SelectedButton { get; private set; }

    public IReadOnlyList<GanetiOperation> Operations { get; private set; } = [];

    public IReadOnlyList<PreflightReport> Reports { get; private set; } = [];

    /// <summary>What is wrong with the last key (text not matching, nothing to send); cleared by typing.</summary>
    public string? Error { get; private set; }

    /// <summary>Why the chosen combination cannot be built at all.</summary>
    public string? BuildError { get; private set; }

    /// <summary>Why Ganeti could not store the reason as typed (the offending character named); nothing is sent while it stands.</summary>
    public string? ReasonProblem { get; private set; }

    public PromptStatus Status { get; private set; }

    /// <summary>What new data changed about sending while the dialog was open ("a blocker appeared…"); null when nothing did.</summary>
    public string? Changed { get; private set; }

    /// <summary>
    /// A blocker appeared under the operator's fingers: the next y was meant for the old dialog, so it is
    /// refused with a word rather than typed into the name field or taken as a confirmation.
    /// </summary>
    public bool HoldsConfirmKey { get; private set; }

    /// <summary>The pre-flight for the current choices and data is still being worked out: nothing can be sent yet.</summary>
    public bool Checking { get; private set; }

    public bool Accepted => Status == PromptStatus.Submitted;

    public bool IsGroup => Request.IsGroup;

    /// <summary>The one operation's report (not a group).</summary>
    public PreflightReport? Single => !IsGroup && Reports.Count == 1 ? Reports[0] : null;

    /// <summary>The name that must be typed, exactly; null when nothing has to be typed.</summary>
    public string? TypedText => Single is { } r && (r.HasBlockers || Request.AlwaysTyped(r.Operation)) ? r.Operation.TargetName : null;

    public bool RequiresTyped => TypedText is not null;

    public bool TypedMatches => TypedText is { } t && string.Equals(Typed.Text.Trim(), t, StringComparison.Ordinal);

    /// <summary>What a group sends: the rows nothing blocks.</summary>
    public IReadOnlyList<GanetiOperation> Ready => [.. Reports.Where(r => !r.HasBlockers).Select(r => r.Operation)];

    /// <summary>What the operator typed to override blockers, for the intent; null when nothing blocked.</summary>
    public string? Override => Single is { HasBlockers: true } ? Typed.Text.Trim() : null;

    /// <summary>New cluster or DRBD data while the dialog is open: a resync that ended may lift a blocker, a new job may add one.</summary>
    public void Update(ConsoleData data)
    {
        var same = ReferenceEquals(_data.Snapshot, data.Snapshot) && ReferenceEquals(_data.Drbd, data.Drbd) && ReferenceEquals(_data.Own, data.Own);
        _data = data;
        if (!same)
        {
            _fromData = true;
            Recheck();
        }
    }

    /// <summary>A y pressed just after a blocker appeared: not sent, not typed, and the dialog says why.</summary>
    public PromptStatus RefuseHeldConfirm()
    {
        HoldsConfirmKey = false;
        Error = $"not sent: the pre-flight changed; type {TypedText} to send it anyway, or Esc to cancel";
        return Status;
    }

    /// <summary>Any other key is the operator's answer to the dialog as it is now.</summary>
    public void ReleaseConfirmKey() => HoldsConfirmKey = false;

    /// <summary>The answer of a check run off the loop; false when it is for older choices or data.</summary>
    public bool Checked(PreflightChecked answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Generation != _generation || Status != PromptStatus.Pending)
        {
            return false;
        }

        Checking = false;
        if (answer.Error is { } error)
        {
            Operations = [];
            BuildError = error;
        }

        var reports = answer.Reports;
        if (answer.Error is null && IsGroup && !_reasonEdited && Request.HasReason && Request.GroupReason is { } groupReason)
        {
            // The group's reason names the rows nothing blocks, which only the findings tell.
            SetReason(groupReason([.. reports.Where(r => !r.HasBlockers).Select(r => r.Operation.TargetName)]));
            Operations = Request.Build(Request.Fields.Select(f => f.Selected).ToList(), Reason.Text.Trim());
            reports = [.. reports.Zip(Operations, (r, op) => r with { Operation = op })];
        }

        Reports = reports;
        Settle();
        return true;
    }

    /// <summary>The dialog closes: a check still running is of no use to anyone.</summary>
    public void Close() => _runner.Cancel();

    public PromptStatus HandleKey(KeyEvent key) => OperationDialogKeys.Handle(this, key);

    public void Render(Screen screen, Rect area, Theme theme) => OperationDialogPainter.Render(this, screen, area, theme);

    /// <summary>y, or Enter on the confirm button: sends when allowed, otherwise says what is missing.</summary>
    public PromptStatus Confirm()
    {
        if (Checking)
        {
            Error = "the pre-flight is still checking: press it again in a moment";
            return Status;
        }

        if (Operations.Count == 0)
        {
            Error = BuildError ?? "nothing to send";
            return Status;
        }

        if (ReasonProblem is not null)
        {
            Focus = DialogFocus.Reason;
            return Status;
        }

        if (IsGroup && Ready.Count == 0)
        {
            Error = "every row is blocked by the pre-flight: nothing to send (act on them one at a time to override)";
            return Status;
        }

        if (RequiresTyped && !TypedMatches)
        {
            Error = Typed.Text.Length == 0
                ? $"Type {TypedText} to send it anyway, or Esc to cancel"
                : $"Does not match: type {TypedText} exactly";
            Focus = DialogFocus.Typed;
            return Status;
        }

        Status = PromptStatus.Submitted;
        return Status;
    }

    public PromptStatus Cancel()
    {
        Status = PromptStatus.Cancelled;
        return Status;
    }

    public PromptStatus SelectButton(int button)
    {
        SelectedButton = button;
        return Status;
    }

    /// <summary>←/→ on the focused choice: the findings are worked out again for the new value.</summary>
    public PromptStatus ChangeField(int delta)
    {
        Request.Fields[FieldIndex].Move(delta);
        Error = null;
        Recheck();
        return Status;
    }

    public PromptStatus EditReason(KeyEvent key)
    {
        if (Reason.HandleKey(key))
        {
            _reasonEdited = true;
            Error = Reason.TruncatedNote;
            Recheck();
        }

        return Status;
    }

    public PromptStatus EditTyped(KeyEvent key)
    {
        if (Typed.HandleKey(key))
        {
            Error = Typed.TruncatedNote;
        }

        return Status;
    }

    /// <summary>Tab and Shift+Tab: through the choices, the reason, the typed name and the buttons, round.</summary>
    public PromptStatus MoveFocus(int delta)
    {
        var stops = new List<(DialogFocus Focus, int Field)>();
        stops.AddRange(Request.Fields.Select((_, i) => (DialogFocus.Field, i)));
        if (Request.HasReason)
        {
            stops.Add((DialogFocus.Reason, 0));
        }

        if (RequiresTyped)
        {
            stops.Add((DialogFocus.Typed, 0));
        }

        stops.Add((DialogFocus.Buttons, 0));
        var at = stops.FindIndex(s => s.Focus == Focus && (Focus != DialogFocus.Field || s.Field == FieldIndex));
        var next = stops[(((at < 0 ? 0 : at) + delta) % stops.Count + stops.Count) % stops.Count];
        Focus = next.Focus;
        FieldIndex = next.Field;
        return Status;
    }

    private void Recheck()
    {
        var choices = Request.Fields.Select(f => f.Selected).ToList();
        try
        {
            if (!_reasonEdited && Request.HasReason)
            {
                var plain = Request.Build(choices, "");
                SetReason(Request.IsGroup || plain.Count != 1
                    ? Request.GroupReason?.Invoke([.. plain.Where(op => !Blocked(op)).Select(op => op.TargetName)]) ?? ""
                    : Preflight.DefaultReason(plain[0], _data.Snapshot, _operator));
            }

            ReasonProblem = Request.HasReason ? ReasonText.Problem(Reason.Text) : null;
            Operations = Request.Build(choices, Request.HasReason ? Reason.Text.Trim() : "");
            BuildError = null;
        }
        catch (ArgumentException e)
        {
            Operations = [];
            BuildError = e.Message;
        }

        var generation = ++_generation;
        if (_runner.InBackground && Operations.Count > 0)
        {
            Checking = true;
            _runner.Start(this, generation, Operations, _data);
            return;
        }

        _runner.Cancel();
        Checking = false;
        Reports = [.. Operations.Select(op => PreflightRunner.Check(op, _data))];
        Settle();
    }

    /// <summary>Whether a row is blocked, as far as known: inline it is checked now; off the loop the last findings tell (none yet: not blocked).</summary>
    private bool Blocked(GanetiOperation op) => _runner.InBackground
        ? Reports.FirstOrDefault(r => r.Operation.TargetName == op.TargetName) is { HasBlockers: true }
        : PreflightRunner.Check(op, _data).HasBlockers;

    /// <summary>Focus and the default button follow the findings: the first findings choose them, later ones only move focus to or from the typed name.</summary>
    private void Settle()
    {
        var typedBefore = _typedAtSettle;
        _typedAtSettle = RequiresTyped;
        if (!_checkedOnce)
        {
            _checkedOnce = true;
            Focus = RequiresTyped ? DialogFocus.Typed : Request.Fields.Count > 0 ? DialogFocus.Field : DialogFocus.Buttons;
            SelectedButton = Reports.Any(r => r.Findings.Any(f => f.Severity >= PreflightSeverity.Warning)) ? 1 : 0;
            return;
        }

        // New data changed what sending takes (a blocker came or went) under the operator's fingers: say so, and hold the next y.
        if (_fromData && typedBefore != RequiresTyped && Single is { } report)
        {
            Changed = DialogChange.Describe(report, TypedText);
            HoldsConfirmKey = RequiresTyped;
        }
        _fromData = false;

        if (Focus == DialogFocus.Typed && !RequiresTyped)
        {
            Focus = DialogFocus.Buttons;
        }
        else if (Focus == DialogFocus.Buttons && RequiresTyped)
        {
            Focus = DialogFocus.Typed;
        }
    }

    private void SetReason(string text)
    {
        _settingReason = true;
        Reason.Text = text;
        _settingReason = false;
    }
}

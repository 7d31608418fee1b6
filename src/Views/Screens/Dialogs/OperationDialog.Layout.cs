using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Views.Screens.Shared;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>The dialog's rows, section by section; findings give way first when the screen is short.</summary>
internal sealed partial class OperationDialog
{
    private const int LabelWidth = 9;
    private const int GroupCommandsShown = 3;

    internal IReadOnlyList<DialogRow> Layout(int inner, int maxRows)
    {
        var top = Choices().ToList();
        var findings = IsGroup ? GroupRows(inner).ToList() : Findings(inner).ToList();
        var command = Commands(inner).ToList();
        var bottom = Bottom(inner).ToList();

        // Blank lines between the sections: 3 (top may be empty).
        var fixedRows = top.Count + command.Count + bottom.Count + 3;
        var room = Math.Max(1, maxRows - fixedRows);
        if (findings.Count > room)
        {
            var more = findings.Count - room + 1;
            findings = [.. findings.Take(room - 1), new DialogRow($"  … {more} more line(s): make the terminal taller to read them", StyleRole.Muted)];
        }

        var rows = new List<DialogRow>();
        if (top.Count > 0)
        {
            rows.AddRange(top);
            rows.Add(DialogRow.Blank);
        }

        rows.AddRange(findings);
        rows.Add(DialogRow.Blank);
        rows.AddRange(command);
        rows.Add(DialogRow.Blank);
        rows.AddRange(bottom);
        return rows;
    }

    private IEnumerable<DialogRow> Choices()
    {
        for (var i = 0; i < Request.Fields.Count; i++)
        {
            yield return new DialogRow(Request.Fields[i].Label, StyleRole.Dialog, DialogRowKind.Field, i);
        }

        if (Single is { } report && Request.TargetText(report.Operation) is { } target && Request.Fields.All(f => f.Label != "target"))
        {
            yield return new DialogRow(Label("target") + target, StyleRole.Dialog);
        }
    }

    private IEnumerable<DialogRow> Findings(int inner)
    {
        if (Single is not { } report)
        {
            yield return new DialogRow(BuildError ?? "nothing to send", StyleRole.Error);
            yield break;
        }

        if (report.Findings.Count == 0)
        {
            yield return new DialogRow("Pre-flight: nothing found", StyleRole.Running);
            yield break;
        }

        yield return new DialogRow("Pre-flight", StyleRole.DialogTitle);
        foreach (var finding in report.Ordered)
        {
            foreach (var row in Wrapped(Mark(finding.Severity), finding.Message, inner, Role(finding.Severity)))
            {
                yield return row;
            }
        }
    }

    private IEnumerable<DialogRow> GroupRows(int inner)
    {
        var ready = Reports.Count(r => !r.HasBlockers);
        yield return new DialogRow(
            $"Pre-flight: {ready} of {Reports.Count} ready, one job each" + (ready < Reports.Count ? "; blocked rows are left out" : ""),
            StyleRole.DialogTitle);
        if (Reports.Count == 0)
        {
            yield return new DialogRow(BuildError ?? "nothing to send", StyleRole.Error);
        }

        foreach (var report in Reports)
        {
            var name = NameOf(report.Operation.TargetName);
            var worst = report.Ordered.Count > 0 ? report.Ordered[0] : null;
            var (mark, text, role) = report.HasBlockers
                ? ("✖ ", $"{name}: left out: {worst!.Message}", StyleRole.Error)
                : worst is { Severity: PreflightSeverity.Warning } w
                    ? ("⚠ ", $"{name}: {w.Message}", StyleRole.Warning)
                    : ("✓ ", name + (Request.TargetText(report.Operation) is { } t ? " → " + t : ""), StyleRole.Running);
            foreach (var row in Wrapped(mark, text, inner, role))
            {
                yield return row;
            }
        }
    }

    private IEnumerable<DialogRow> Commands(int inner)
    {
        var sent = IsGroup ? Ready : Operations;
        yield return new DialogRow(sent.Count > 1 ? $"Runs on the master ({sent.Count} commands):" : "Runs on the master:", StyleRole.DialogTitle);
        foreach (var op in sent.Take(IsGroup ? GroupCommandsShown : 1))
        {
            foreach (var line in TextWrap.Wrap(OperationRunner.CommandLine(op), inner - 2))
            {
                yield return new DialogRow("  " + line, StyleRole.Accent);
            }
        }

        if (sent.Count > GroupCommandsShown && IsGroup)
        {
            yield return new DialogRow($"  … and {sent.Count - GroupCommandsShown} more like it", StyleRole.Muted);
        }
        else if (sent.Count == 0)
        {
            yield return new DialogRow("  nothing", StyleRole.Muted);
        }
    }

    private IEnumerable<DialogRow> Bottom(int inner)
    {
        if (Request.HasReason)
        {
            yield return new DialogRow(Label("reason"), StyleRole.Dialog, DialogRowKind.Reason);
        }

        if (TypedText is { } typed)
        {
            var why = Single is { HasBlockers: true } ? "to send it despite the blocker(s)" : "to confirm";
            foreach (var row in Wrapped("", $"Type {typed} {why}:", inner, StyleRole.Danger))
            {
                yield return row;
            }

            yield return new DialogRow("", StyleRole.Dialog, DialogRowKind.Typed);
        }

        if (Error is { } error)
        {
            foreach (var row in Wrapped("", error, inner, StyleRole.Error))
            {
                yield return row;
            }
        }

        yield return DialogRow.Blank;
        yield return new DialogRow("", StyleRole.Dialog, DialogRowKind.Buttons);
        yield return new DialogRow(Hint(), StyleRole.Muted);
    }

    private string Hint() => Focus is DialogFocus.Reason or DialogFocus.Typed
        ? "Enter " + (Focus == DialogFocus.Typed ? "send" : "next") + " · Tab next field · Esc cancel"
        : (RequiresTyped ? "type the name · " : "y confirm · n/") + "Esc cancel · Tab next field" + (Request.Fields.Count > 0 ? " · ←/→ change" : "");

    private static IEnumerable<DialogRow> Wrapped(string mark, string text, int inner, StyleRole role)
    {
        var indent = new string(' ', TextWidth.Measure(mark));
        var lines = TextWrap.Wrap(text, Math.Max(1, inner - indent.Length));
        for (var i = 0; i < lines.Count; i++)
        {
            yield return new DialogRow((i == 0 ? mark : indent) + lines[i], role);
        }
    }

    private static string Label(string text) => text.PadRight(LabelWidth);

    private static string NameOf(string name) => ShortName.Of(name);

    private static string Mark(PreflightSeverity severity) => severity switch
    {
        PreflightSeverity.Blocker => "✖ ",
        PreflightSeverity.Warning => "⚠ ",
        _ => "· ",
    };

    private static StyleRole Role(PreflightSeverity severity) => severity switch
    {
        PreflightSeverity.Blocker => StyleRole.Error,
        PreflightSeverity.Warning => StyleRole.Warning,
        _ => StyleRole.Dialog,
    };
}

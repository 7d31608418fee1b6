using GntTui.Engine.Operations;
using GntTui.Views.Screens.Common;
using GntTui.Views.Terminal;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Dialogs;

/// <summary>The dialog's rows, section by section; findings give way first when the screen is short.</summary>
internal static class OperationDialogLayout
{
    public const int LabelWidth = 9;
    private const int GroupCommandsShown = 3;
    private const string Checking = "Pre-flight: checking…";

    public static IReadOnlyList<DialogRow> Rows(OperationDialog d, int inner, int maxRows)
    {
        var top = Choices(d).ToList();
        var findings = d.IsGroup ? GroupRows(d, inner).ToList() : Findings(d, inner).ToList();
        var command = Commands(d, inner).ToList();
        var bottom = Bottom(d, inner).ToList();

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

    private static IEnumerable<DialogRow> Choices(OperationDialog d)
    {
        for (var i = 0; i < d.Request.Fields.Count; i++)
        {
            yield return new DialogRow(d.Request.Fields[i].Label, StyleRole.Dialog, DialogRowKind.Field, i);
        }

        if (d.Single is { } report && d.Request.TargetText(report.Operation) is { } target && d.Request.Fields.All(f => f.Label != "target"))
        {
            yield return new DialogRow(Label("target") + target, StyleRole.Dialog);
        }
    }

    private static IEnumerable<DialogRow> Findings(OperationDialog d, int inner)
    {
        if (d.Checking && d.Single is null)
        {
            yield return new DialogRow(Checking, StyleRole.DialogTitle);
            yield break;
        }

        if (d.Single is not { } report)
        {
            yield return new DialogRow(d.BuildError ?? "nothing to send", StyleRole.Error);
            yield break;
        }

        if (d.Changed is { } changed)
        {
            foreach (var row in Wrapped("▲ ", changed, inner, StyleRole.Warning))
            {
                yield return row;
            }
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

    private static IEnumerable<DialogRow> GroupRows(OperationDialog d, int inner)
    {
        if (d.Checking && d.Reports.Count == 0)
        {
            yield return new DialogRow(Checking, StyleRole.DialogTitle);
            yield break;
        }

        var ready = d.Reports.Count(r => !r.HasBlockers);
        yield return new DialogRow(
            $"Pre-flight: {ready} of {d.Reports.Count} ready, one job each" + (ready < d.Reports.Count ? "; blocked rows are left out" : ""),
            StyleRole.DialogTitle);
        if (d.Reports.Count == 0)
        {
            yield return new DialogRow(d.BuildError ?? "nothing to send", StyleRole.Error);
        }

        foreach (var report in d.Reports)
        {
            var name = NameOf(report.Operation.TargetName);
            var worst = report.Ordered.Count > 0 ? report.Ordered[0] : null;
            var (mark, text, role) = report.HasBlockers
                ? ("✖ ", $"{name}: left out: {worst!.Message}", StyleRole.Error)
                : worst is { Severity: PreflightSeverity.Warning } w
                    ? ("⚠ ", $"{name}: {w.Message}", StyleRole.Warning)
                    : ("✓ ", name + (d.Request.TargetText(report.Operation) is { } t ? " → " + t : ""), StyleRole.Running);
            foreach (var row in Wrapped(mark, text, inner, role))
            {
                yield return row;
            }
        }
    }

    private static IEnumerable<DialogRow> Commands(OperationDialog d, int inner)
    {
        var sent = d.IsGroup ? d.Ready : d.Operations;
        yield return new DialogRow(sent.Count > 1 ? $"Runs on the master ({sent.Count} commands):" : "Runs on the master:", StyleRole.DialogTitle);
        foreach (var op in sent.Take(d.IsGroup ? GroupCommandsShown : 1))
        {
            foreach (var line in TextWrap.Wrap(OperationRunner.CommandLine(op), inner - 2))
            {
                yield return new DialogRow("  " + line, StyleRole.Accent);
            }
        }

        if (sent.Count > GroupCommandsShown && d.IsGroup)
        {
            yield return new DialogRow($"  … and {sent.Count - GroupCommandsShown} more like it", StyleRole.Muted);
        }
        else if (sent.Count == 0)
        {
            yield return new DialogRow("  nothing", StyleRole.Muted);
        }
    }

    private static IEnumerable<DialogRow> Bottom(OperationDialog d, int inner)
    {
        if (d.Request.HasReason)
        {
            yield return new DialogRow(Label("reason"), StyleRole.Dialog, DialogRowKind.Reason);
            if (d.ReasonProblem is { } problem)
            {
                foreach (var row in Wrapped("✖ ", problem, inner, StyleRole.Error))
                {
                    yield return row;
                }
            }
        }

        if (d.TypedText is { } typed)
        {
            var why = d.Single is { HasBlockers: true } ? "to send it despite the blocker(s)" : "to confirm";
            foreach (var row in Wrapped("", $"Type {typed} {why}:", inner, StyleRole.Danger))
            {
                yield return row;
            }

            yield return new DialogRow("", StyleRole.Dialog, DialogRowKind.Typed);
        }

        if (d.Error is { } error)
        {
            foreach (var row in Wrapped("", error, inner, StyleRole.Error))
            {
                yield return row;
            }
        }

        yield return DialogRow.Blank;
        yield return new DialogRow("", StyleRole.Dialog, DialogRowKind.Buttons);
        yield return new DialogRow(Hint(d), StyleRole.Muted);
    }

    private static string Hint(OperationDialog d) => d.Focus is DialogFocus.Reason or DialogFocus.Typed
        ? "Enter " + (d.Focus == DialogFocus.Typed ? "send" : "next") + " · Tab next field · Esc cancel"
        : (d.RequiresTyped ? "type the name · " : "y confirm · n/") + "Esc cancel · Tab next field" + (d.Request.Fields.Count > 0 ? " · ←/→ change" : "");

    private static IEnumerable<DialogRow> Wrapped(string mark, string text, int inner, StyleRole role)
    {
        var indent = new string(' ', TextWidth.Measure(mark));
        var lines = TextWrap.Wrap(text, Math.Max(1, inner - indent.Length));
        for (var i = 0; i < lines.Count; i++)
        {
            yield return new DialogRow((i == 0 ? mark : indent) + lines[i], role);
        }
    }

    public static string Label(string text) => text.PadRight(LabelWidth);

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

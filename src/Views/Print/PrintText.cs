using GntTui.Engine.Text;
using Spectre.Console;

namespace GntTui.Views.Print;

/// <summary>
/// Untrusted text (file names, names from the cluster, Ganeti's and ssh's messages) for Spectre
/// markup: its control characters made harmless first (<see cref="UntrustedText"/>), then its
/// brackets escaped, so neither a terminal escape nor a markup tag gets through.
/// </summary>
public static class PrintText
{
    public static string Esc(string? text) => Markup.Escape(UntrustedText.Line(text));
}

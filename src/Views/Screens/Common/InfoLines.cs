using GntTui.Engine.Ganeti.Info;
using GntTui.Engine.Text;
using GntTui.Views.Themes;
using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// Ganeti's own account of a node or instance (<c>gnt-node info</c>, <c>gnt-instance info</c>)
/// under the snapshot's fields in a detail pane: each section under its heading, nested lines
/// indented, a DRBD disk's minors and port said on one line first, then the tags.
/// </summary>
internal static class InfoLines
{
    public static IEnumerable<DetailLine> For(InfoKind kind, string name, ConsoleData data)
    {
        var command = kind == InfoKind.Instance ? "gnt-instance info" : "gnt-node info";
        if (!data.Infos.TryGetValue((kind, name), out var update))
        {
            yield return DetailLine.Heading(command);
            yield return new("", "asking Ganeti…", StyleRole.Muted);
            yield break;
        }

        if (update.Info is not { } info)
        {
            yield return DetailLine.Heading(command);
            yield return new("error", UntrustedText.Line(update.Error ?? "no answer"), StyleRole.Error);
            yield break;
        }

        foreach (var section in info.Sections)
        {
            yield return DetailLine.Heading(section.Title == ObjectInfoParser.General ? command : section.Title);
            if (section.Title == "Disks")
            {
                foreach (var disk in info.Disks.Where(d => d.IsDrbd))
                {
                    yield return new(disk.Name, Drbd(disk), StyleRole.Accent);
                }
            }

            if (section.Fields.Count == 0)
            {
                yield return new("", "(none)", StyleRole.Muted);
            }

            foreach (var field in section.Fields)
            {
                yield return new(new string(' ', 2 * field.Depth) + UntrustedText.Line(field.Key), UntrustedText.Line(field.Value));
            }
        }

        yield return DetailLine.Heading("Tags");
        yield return info.Tags.Count == 0
            ? new("", "(none)", StyleRole.Muted)
            : new("", UntrustedText.Line(string.Join(", ", info.Tags)));
    }

    /// <summary>"DRBD 10.0G: node1 minor 0 ⇄ node2 minor 3, port 11000".</summary>
    private static string Drbd(InfoDisk disk)
    {
        var ends = string.Join(" ⇄ ", disk.Ends.Select(e => $"{e.Node} minor {e.Minor}"));
        return UntrustedText.Line($"DRBD {disk.Size}: {ends}" + (disk.Port is { } port ? $", port {port}" : ""));
    }
}

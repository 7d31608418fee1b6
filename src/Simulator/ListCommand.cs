using System.Text;

namespace GntTui.Simulator;

/// <summary>cli.GenericList for nodes, instances and jobs: -o field lists (or "+extra"), names, headers, separators, units.</summary>
internal static class ListCommand
{
    /// <summary>Ganeti's exit code when unknown fields were asked for (constants.EXIT_UNKNOWN_FIELD).</summary>
    public const int ExitUnknownField = 14;

    public static SimProcess Create<T>(GntInvocation inv, IReadOnlyDictionary<string, SimField<T>> registry, IReadOnlyList<string> defaults,
        Func<IReadOnlyList<T>> rows, Func<string, T?> find, string kind) where T : class
    {
        if (inv.Args.Flag("force_filter"))
        {
            return inv.Output(1, "", "Failure: command execution error:\nThe simulated cluster does not evaluate query filters (-F)\n");
        }
        var units = inv.Args.Value("units");
        if (units is not null && units is not ("h" or "m" or "g" or "t"))
        {
            return inv.Output(1, "", $"Failure: prerequisites not met for this operation:\nerror type: wrong_input, error details:\nInvalid unit specified '{units}'\n");
        }
        return new ImmediateProcess(inv.Cluster, (stdout, stderr) =>
        {
            var names = FieldNames(inv.Args.Value("output"), defaults);
            var fields = names.Select(n => registry.GetValueOrDefault(n) ?? new SimField<T>(n, n, SimFieldKind.Other, _ => SimValue.Unknown)).ToList();
            var unknown = names.Where(n => !registry.ContainsKey(n)).ToList();
            IReadOnlyList<T> selected;
            if (inv.Positional.Count > 0)
            {
                var picked = new List<T>();
                foreach (var name in inv.Positional)
                {
                    var item = find(name);
                    if (item is null)
                    {
                        stderr.Append($"Failure: prerequisites not met for this operation:\nerror type: unknown_entity, error details:\n{kind} '{name}' not known\n");
                        return 1;
                    }
                    picked.Add(item);
                }
                selected = picked;
            }
            else
            {
                selected = rows();
            }
            if (unknown.Count > 0)
            {
                stderr.Append("Warning: Queried for unknown fields ").AppendJoin(", ", unknown).Append('\n');
            }
            var separator = inv.Args.Value("separator");
            var unit = (units ?? (separator is null ? "h" : "m"))[0];
            var table = new List<string[]>(selected.Count);
            foreach (var item in selected)
            {
                var cells = new string[fields.Count];
                for (var f = 0; f < fields.Count; f++)
                {
                    cells[f] = fields[f].Format(fields[f].Get(item), unit);
                }
                table.Add(cells);
            }
            SimTable.Write(stdout, [.. fields.Select(f => f.Title)], [.. fields.Select(f => f.AlignRight)], table,
                header: !inv.Args.Flag("no_headers"), separator);
            return unknown.Count > 0 ? ExitUnknownField : 0;
        });
    }

    private static List<string> FieldNames(string? output, IReadOnlyList<string> defaults)
    {
        if (string.IsNullOrEmpty(output))
        {
            return [.. defaults];
        }
        if (output.StartsWith('+'))
        {
            return [.. defaults, .. output[1..].Split(',', StringSplitOptions.RemoveEmptyEntries)];
        }
        return [.. output.Split(',', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>gnt-node list-drbd's fixed columns: Node, Minor, Instance, Disk, Role, PeerNode.</summary>
    public static void WriteDrbdMinors(StringBuilder stdout, SimNode node, bool header, string? separator)
    {
        var rows = node.DrbdMinors.Select(kv => new[]
        {
            node.Name,
            GanetiFormat.Num(kv.Key),
            kv.Value.Link.Instance.Name,
            kv.Value.Link.Disk.IvName,
            ReferenceEquals(kv.Value.Link.Instance.PrimaryNode, node) ? "primary" : "secondary",
            kv.Value.Peer.Node.Name,
        }).ToList();
        SimTable.Write(stdout, ["Node", "Minor", "Instance", "Disk", "Role", "PeerNode"],
            [false, true, false, false, false, false], rows, header, separator);
    }
}

namespace GntTui.Simulator;

/// <summary>
/// The parsed command line of one gnt-* command, read the way Ganeti's optparse setup reads it:
/// "--opt=value", "--opt value", "-ovalue", "-o value", and no options after the first argument.
/// </summary>
internal sealed class GntArgs
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public IReadOnlyList<string> Positional => _positional;

    public bool Flag(string key) => _values.ContainsKey(key);

    public string? Value(string key) => _values.TryGetValue(key, out var v) ? v[^1] : null;

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var v) ? v : [];

    public static GntArgs Parse(IReadOnlyList<string> args, IReadOnlyList<GntOption> options)
    {
        var byName = new Dictionary<string, GntOption>(StringComparer.Ordinal);
        foreach (var o in options)
        {
            foreach (var n in o.Names)
            {
                byName[n] = o;
            }
        }
        var parsed = new GntArgs();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                parsed._positional.AddRange(args.Skip(i + 1));
                break;
            }
            if (a.Length < 2 || a[0] != '-')
            {
                // Ganeti disables interspersed arguments: the first argument ends the options.
                parsed._positional.AddRange(args.Skip(i));
                break;
            }
            string name;
            string? inline = null;
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = a.IndexOf('=', StringComparison.Ordinal);
                name = eq < 0 ? a : a[..eq];
                inline = eq < 0 ? null : a[(eq + 1)..];
            }
            else
            {
                name = a[..2];
                inline = a.Length > 2 ? a[2..] : null;
            }
            if (!byName.TryGetValue(name, out var opt))
            {
                throw new GntUsageException($"no such option: {name}");
            }
            if (!opt.TakesValue)
            {
                if (inline is not null && name.StartsWith("--", StringComparison.Ordinal))
                {
                    throw new GntUsageException($"{name} option does not take a value");
                }
                parsed.Add(opt.Key, "");
                if (inline is not null)
                {
                    // Short flags may be bundled: -fs.
                    foreach (var ch in inline)
                    {
                        if (!byName.TryGetValue("-" + ch, out var bundled) || bundled.TakesValue)
                        {
                            throw new GntUsageException($"no such option: -{ch}");
                        }
                        parsed.Add(bundled.Key, "");
                    }
                }
                continue;
            }
            if (inline is null)
            {
                if (i + 1 >= args.Count)
                {
                    throw new GntUsageException($"{name} option requires an argument");
                }
                inline = args[++i];
            }
            parsed.Add(opt.Key, inline);
        }
        return parsed;
    }

    /// <summary>A yes/no option value; null when absent.</summary>
    public bool? YesNo(string key, string optionName)
    {
        var v = Value(key);
        return v switch
        {
            null => null,
            "yes" => true,
            "no" => false,
            _ => throw new GntUsageException($"option {optionName}: invalid boolean value: '{v}'"),
        };
    }

    private void Add(string key, string value)
    {
        if (!_values.TryGetValue(key, out var list))
        {
            _values[key] = list = [];
        }
        list.Add(value);
    }
}

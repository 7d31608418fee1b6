using System.Globalization;

namespace GntTui.Engine.Drbd;

/// <summary>Splits one events2 line into timestamp, action, object and fields.</summary>
internal static class Events2LineReader
{
    private static readonly Dictionary<string, Events2Action> Actions = new(StringComparer.Ordinal)
    {
        ["exists"] = Events2Action.Exists,
        ["create"] = Events2Action.Create,
        ["change"] = Events2Action.Change,
        ["destroy"] = Events2Action.Destroy,
        ["rename"] = Events2Action.Rename,
        ["call"] = Events2Action.Call,
        ["response"] = Events2Action.Response,
    };

    public static Events2Event? Read(string line, List<string> notes)
    {
        var tokens = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return null;
        }
        var next = 0;
        DateTimeOffset? timestamp = null;
        // --timestamps puts an ISO 8601 time first; an action never starts with a digit.
        if (char.IsAsciiDigit(tokens[0][0]))
        {
            if (DateTimeOffset.TryParse(tokens[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                timestamp = parsed;
            }
            else
            {
                notes.Add($"events2: bad timestamp '{DrbdStateNames.Clip(tokens[0])}'");
            }
            next = 1;
        }
        if (tokens.Length < next + 2)
        {
            notes.Add($"events2: short line '{DrbdStateNames.Clip(line)}'");
            return null;
        }
        if (!Actions.TryGetValue(tokens[next], out var action))
        {
            notes.Add($"events2: unknown action '{DrbdStateNames.Clip(tokens[next])}'");
            action = Events2Action.Unknown;
        }
        var obj = tokens[next + 1];
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in tokens.Skip(next + 2))
        {
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                notes.Add($"events2: not a key:value '{DrbdStateNames.Clip(token)}'");
                continue;
            }
            var value = token[(colon + 1)..];
            var arrow = value.LastIndexOf("->", StringComparison.Ordinal);
            fields[token[..colon]] = arrow >= 0 ? value[(arrow + 2)..] : value;
        }
        return new Events2Event(timestamp, action, obj, fields);
    }
}

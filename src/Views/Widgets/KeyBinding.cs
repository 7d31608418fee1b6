using GntTui.Views.Terminal;

namespace GntTui.Views.Widgets;

/// <summary>
/// One row of the key table that dispatch, the footer and the help overlay all read, so they
/// cannot disagree. <paramref name="Dangerous"/> bindings change the cluster and vanish in read-only mode.
/// </summary>
public sealed record KeyBinding(
    IReadOnlyList<KeyEvent> Keys,
    string Command,
    string Description,
    string Group = "General",
    bool Dangerous = false,
    bool ShowInFooter = false)
{
    /// <summary>A short form for the footer ("failover"), where the help's description would not fit; null uses the description.</summary>
    public string? Hint { get; init; }

    public string FooterText => Hint ?? Description;

    /// <summary>Builds a binding from key notation separated by spaces: "q Ctrl+c", "Shift+Tab", "Space".</summary>
    public static KeyBinding Create(
        string keys, string command, string description, string group = "General", bool dangerous = false, bool footer = false, string? hint = null)
    {
        var parsed = keys.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(KeyEvent.Parse).ToList();
        if (parsed.Count == 0)
        {
            throw new ArgumentException($"binding for '{command}' has no keys", nameof(keys));
        }

        return new KeyBinding(parsed, command, description, group, dangerous, footer) { Hint = hint };
    }

    /// <summary>The keys as shown to people: "q/Ctrl+c".</summary>
    public string KeysText => string.Join("/", Keys);
}

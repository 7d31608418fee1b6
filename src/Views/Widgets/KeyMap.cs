using GntTui.Views.Terminal;

namespace GntTui.Views.Widgets;

/// <summary>
/// The key table: lookup by key for dispatch, groups for help, footer hints, and the read-only
/// variant without dangerous commands. Immutable; layering and rebinding return new maps.
/// </summary>
public sealed class KeyMap
{
    private readonly Dictionary<KeyEvent, KeyBinding> _byKey = [];

    /// <exception cref="ArgumentException">Two bindings claim the same key.</exception>
    public KeyMap(IEnumerable<KeyBinding> bindings)
    {
        Bindings = [.. bindings];
        foreach (var binding in Bindings)
        {
            foreach (var key in binding.Keys)
            {
                if (_byKey.TryGetValue(key, out var other))
                {
                    throw new ArgumentException($"key {key} is bound to both '{other.Command}' and '{binding.Command}'", nameof(bindings));
                }

                _byKey[key] = binding;
            }
        }
    }

    public static KeyMap Empty { get; } = new([]);

    public IReadOnlyList<KeyBinding> Bindings { get; }

    public IEnumerable<KeyBinding> FooterBindings => Bindings.Where(b => b.ShowInFooter);

    /// <summary>Bindings grouped for help, groups in order of first appearance.</summary>
    public IReadOnlyList<IGrouping<string, KeyBinding>> Groups => [.. Bindings.GroupBy(b => b.Group)];

    public KeyBinding? Find(KeyEvent key) => _byKey.GetValueOrDefault(key);

    public string? CommandFor(KeyEvent key) => Find(key)?.Command;

    public KeyBinding? ForCommand(string command) =>
        Bindings.FirstOrDefault(b => string.Equals(b.Command, command, StringComparison.Ordinal));

    /// <summary>The map for read-only mode: dangerous commands have no keys and no hints.</summary>
    public KeyMap WithoutDangerous() => new(Bindings.Where(b => !b.Dangerous));

    /// <summary>
    /// This map with <paramref name="top"/> over it (a screen's keys over the global ones): a key
    /// bound in both goes to <paramref name="top"/>; top's bindings come first.
    /// </summary>
    public KeyMap Layer(KeyMap top)
    {
        var below = Bindings
            .Select(b => b with { Keys = [.. b.Keys.Where(k => top.Find(k) is null)] })
            .Where(b => b.Keys.Count > 0);
        return new KeyMap(top.Bindings.Concat(below));
    }

    /// <summary>Gives <paramref name="command"/> new keys (user configuration), taking them from any other command.</summary>
    public KeyMap Rebind(string command, IReadOnlyList<KeyEvent> keys)
    {
        if (ForCommand(command) is null)
        {
            throw new ArgumentException($"no command '{command}' to rebind", nameof(command));
        }

        var rebound = Bindings
            .Select(b => b.Command == command
                ? b with { Keys = keys }
                : b with { Keys = [.. b.Keys.Where(k => !keys.Contains(k))] })
            .Where(b => b.Keys.Count > 0);
        return new KeyMap(rebound);
    }
}

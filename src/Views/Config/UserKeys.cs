using System.Reflection;
using GntTui.Engine.Config;
using GntTui.Views.Screens.Common;
using GntTui.Views.Terminal;
using GntTui.Views.Widgets;

namespace GntTui.Views.Config;

/// <summary>
/// The "keys" section of config.json as bindings layered on the defaults. A typo in a command or
/// a key name is a clear error at start, not a silently ignored setting.
/// </summary>
public static class UserKeys
{
    private static readonly HashSet<string> Commands = typeof(ConsoleCommands)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    public static KeyMap? Build(GntTuiConfig config)
    {
        if (config.Keys.Count == 0)
        {
            return null;
        }
        var bindings = new List<KeyBinding>();
        foreach (var (command, keys) in config.Keys)
        {
            if (!Commands.Contains(command))
            {
                throw new ConfigException($"config keys: unknown command '{command}' (known: {string.Join(", ", Commands.Order())})");
            }
            foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!KeyEvent.TryParse(key, out _))
                {
                    throw new ConfigException($"config keys: '{key}' for '{command}' is not a key (e.g. m, Shift+M, Ctrl+g, F5, PgDn)");
                }
            }
            bindings.Add(KeyBinding.Create(keys, command, command, "User"));
        }
        try
        {
            return new KeyMap(bindings);
        }
        catch (ArgumentException e)
        {
            throw new ConfigException("config keys: " + e.Message);
        }
    }
}

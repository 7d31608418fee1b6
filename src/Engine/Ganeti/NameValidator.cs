using System.Text.RegularExpressions;
using GntTui.Engine.Text;

namespace GntTui.Engine.Ganeti;

/// <summary>
/// Names as Ganeti accepts them (a DNS hostname: labels of letters, digits, '-' and '_'),
/// checked before a name goes anywhere near a command line.
/// </summary>
public static partial class NameValidator
{
    private const int MaxLength = 255;

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9_-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostnamePattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SimpleNamePattern();

    public static bool IsValidHostname(string? name) =>
        !string.IsNullOrEmpty(name) && name.Length <= MaxLength && HostnamePattern().IsMatch(name);

    /// <summary>Throws <see cref="ArgumentException"/> naming what was wrong.</summary>
    public static string RequireHostname(string? name, string what)
    {
        if (!IsValidHostname(name))
        {
            throw new ArgumentException($"'{Printable(name)}' is not a valid {what} name", what);
        }
        return name!;
    }

    /// <summary>Short identifiers such as an iallocator name or a node group.</summary>
    public static string RequireSimpleName(string? name, string what)
    {
        if (string.IsNullOrEmpty(name) || !SimpleNamePattern().IsMatch(name))
        {
            throw new ArgumentException($"'{Printable(name)}' is not a valid {what} name", what);
        }
        return name;
    }

    /// <summary>A name for an error message, with control characters made visible.</summary>
    public static string Printable(string? name)
    {
        if (name is null)
        {
            return "(none)";
        }
        var clean = UntrustedText.Line(name);
        return clean.Length > 80 ? clean[..80] : clean;
    }
}

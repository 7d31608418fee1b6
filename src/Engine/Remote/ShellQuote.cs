using System.Text;

namespace GntTui.Engine.Remote;

/// <summary>
/// POSIX sh quoting. ssh joins its arguments with spaces and hands them to the remote login shell,
/// so every remote argument must pass through here exactly once.
/// </summary>
public static class ShellQuote
{
    /// <summary>Quotes one argument so any POSIX shell reads it back as the same single word.</summary>
    public static string Quote(string arg)
    {
        ArgumentNullException.ThrowIfNull(arg);
        if (arg.Length == 0)
        {
            return "''";
        }
        if (arg.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("an argument cannot contain a NUL byte", nameof(arg));
        }
        if (IsSafe(arg))
        {
            return arg;
        }
        var sb = new StringBuilder(arg.Length + 8);
        sb.Append('\'');
        foreach (var c in arg)
        {
            if (c == '\'')
            {
                sb.Append("'\\''");
            }
            else
            {
                sb.Append(c);
            }
        }
        sb.Append('\'');
        return sb.ToString();
    }

    /// <summary>Quotes every argument and joins them into one command line.</summary>
    public static string Join(IEnumerable<string> argv) => string.Join(' ', argv.Select(Quote));

    private static bool IsSafe(string arg)
    {
        foreach (var c in arg)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or '-' or '_' or '.' or '/' or ',' or ':' or '=' or '@' or '+' or '%';
            if (!ok)
            {
                return false;
            }
        }
        // A leading '=' or '~' can be expanded by some shells; quote to be safe.
        return arg[0] is not ('~' or '=');
    }
}

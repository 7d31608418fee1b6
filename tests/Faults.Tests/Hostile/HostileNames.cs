using System.Text;

namespace GntTui.Faults.Tests.Hostile;

/// <summary>
/// Names an attacker (or a broken cluster) could put where we expect a host, an instance or a
/// reason: shell metacharacters, quotes, newlines, a leading '-', unicode, 300 characters, NUL and
/// other controls, command substitution, globbing. Deterministic: the same seed, the same names.
/// </summary>
public static class HostileNames
{
    /// <summary>The file every <c>$(touch …)</c> and backtick fragment would create if a shell ever ran it.</summary>
    public const string Canary = "/tmp/gnt-tui-pwned";

    private static readonly string[] Fragments =
    [
        ";", "|", "&", "&&", "||", "$(", ")", "$(id)", "$(touch " + Canary + ")", "`id`", "`touch " + Canary + "`",
        "'", "\"", "\\", "'\\''", "<", ">", ">>", "2>&1", "*", "?", "[a-z]", "{a,b}", "~", "~root", "#", "!", "!!",
        "%", "^", "\n", "\r", "\t", "\0", "\x1b[31m", "\x1b]0;owned\x07", "\x1b[2J", "\x07", "\x7f", "\u0085", "\u009b",
        "-", "--", "-o", "--reason=", "-f", " ", "  ", "ü", "é", "中文", "🙂", "\u202e", "\u200b", "\ufeff", "$HOME",
        "${IFS}", "$IFS", "$((1+1))", "$'\\x41'", "a", "inst1.example.com", "node1", "x-y_z", ".", "..", "/",
        "../../etc/passwd", "=", "@", "+", ",", ":", "%s%n", "$0", "$@", "$*", "$?", "$$", "\\n", "()", "{ :; }",
    ];

    public static IReadOnlyList<string> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>(count);
        while (ordered.Count < count)
        {
            var sb = new StringBuilder();
            var parts = random.Next(1, 7);
            for (var i = 0; i < parts; i++)
            {
                sb.Append(Fragments[random.Next(Fragments.Length)]);
            }
            switch (ordered.Count % 10)
            {
                case 0:
                    sb.Insert(0, random.Next(2) == 0 ? "-" : "--");
                    break;
                case 1:
                    // 300 characters: past Ganeti's and our own bounds.
                    var seedText = sb.ToString();
                    while (sb.Length < 300)
                    {
                        sb.Append(seedText);
                    }
                    sb.Length = 300;
                    break;
            }
            var name = sb.ToString();
            if (name.Length > 0 && !char.IsSurrogate(name[^1]) && names.Add(name))
            {
                ordered.Add(name);
            }
        }
        return ordered;
    }
}

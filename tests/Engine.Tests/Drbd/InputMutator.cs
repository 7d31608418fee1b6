using System.Text;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>Seeded mutations of real inputs: what a flaky SSH pipe or a kernel bug might hand us.</summary>
internal sealed class InputMutator(int seed)
{
    private static readonly string[] Tokens =
    [
        "cs:", "ro:", "st:", "ds:", "sync'ed:", "verified:", "finish:", "speed:", "want:", "(stalled)", "K/sec", "queue_delay:",
        "(", ")", "/", "%", ":", "->", "M", "K", "--- ", "--- 2024-13-45T99:99:99Z", "exists -", "change peer-device name:",
        "99999999999999999999999999", "-1", "1,2,3,4", "nan", "\0", "\t", "\r", " ", "\n", "é", "\u2028", "\uFFFD",
    ];

    private readonly Random _random = new(seed);

    public string Mutate(string text)
    {
        var rounds = _random.Next(1, 5);
        for (var i = 0; i < rounds; i++)
        {
            text = _random.Next(8) switch
            {
                0 => Truncate(text),
                1 => DeleteRange(text),
                2 => FlipChars(text),
                3 => DuplicateLine(text),
                4 => InsertToken(text),
                5 => SwapLines(text),
                6 => JoinLines(text),
                _ => ShuffleWords(text),
            };
        }
        return text;
    }

    private string Truncate(string text) => text.Length == 0 ? text : text[.._random.Next(text.Length)];

    private string DeleteRange(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var start = _random.Next(text.Length);
        var length = _random.Next(Math.Min(40, text.Length - start) + 1);
        return text.Remove(start, length);
    }

    private string FlipChars(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = _random.Next(1, 10); i > 0; i--)
        {
            chars[_random.Next(chars.Length)] = (char)_random.Next(0, 0x3000);
        }
        return new string(chars);
    }

    private string DuplicateLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var i = _random.Next(lines.Count);
        lines.Insert(i, lines[i]);
        return string.Join('\n', lines);
    }

    private string InsertToken(string text)
    {
        var at = _random.Next(text.Length + 1);
        return text.Insert(at, Tokens[_random.Next(Tokens.Length)]);
    }

    private string SwapLines(string text)
    {
        var lines = text.Split('\n');
        var a = _random.Next(lines.Length);
        var b = _random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }

    private string JoinLines(string text)
    {
        var i = text.IndexOf('\n', _random.Next(text.Length + 1));
        return i < 0 ? text : text.Remove(i, 1);
    }

    private string ShuffleWords(string text)
    {
        var words = text.Split(' ');
        var sb = new StringBuilder();
        foreach (var word in words.OrderBy(_ => _random.Next()).Take(words.Length))
        {
            sb.Append(word).Append(' ');
        }
        return sb.ToString();
    }
}

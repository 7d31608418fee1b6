using System.Text;

namespace GntTui.Faults.Tests.Parsers;

/// <summary>
/// Broken variants of a real output, as a flaky link, a truncated read, a changed Ganeti or a
/// hostile master would produce them: byte flips, truncation, lines duplicated, deleted or
/// swapped, huge fields, binary, invalid UTF-8, separators doubled, CRLF, NULs. Bytes are decoded
/// the way the console decodes ssh's output (UTF-8, invalid sequences replaced).
/// </summary>
public sealed class Mutator(int seed)
{
    private static readonly string[] Separators = ["|", ":", ",", " ", "\n", "\t", "[", "]", "(", ")", "%", "/", "="];
    private readonly Random _random = new(seed);

    /// <summary>Mutated inputs stay under this (the real cap on an answer is 64 MiB; past a few the parser's own cost is all a test measures).</summary>
    public const int MaxChars = 1 << 20;

    public string Mutate(string seedText)
    {
        var text = seedText;
        var rounds = 1 + _random.Next(3);
        for (var i = 0; i < rounds; i++)
        {
            var next = Once(text);
            text = next.Length <= MaxChars ? next : text;
        }
        return text;
    }

    private string Once(string text) => _random.Next(13) switch
    {
        0 => FlipBytes(text),
        1 => text[.._random.Next(text.Length + 1)],
        2 => EditLines(text, duplicate: true),
        3 => EditLines(text, duplicate: false),
        4 => SwapLines(text),
        5 => HugeField(text),
        6 => Binary(text),
        7 => InvalidUtf8(text),
        8 => DoubleSeparators(text),
        9 => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        10 => Insert(text, "\0"),
        11 => Insert(text, Digits()),
        _ => Insert(text, Separators[_random.Next(Separators.Length)]),
    };

    private string FlipBytes(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }
        var flips = 1 + _random.Next(8);
        for (var i = 0; i < flips; i++)
        {
            bytes[_random.Next(bytes.Length)] ^= (byte)(1 << _random.Next(8));
        }
        return Encoding.UTF8.GetString(bytes);
    }

    private string EditLines(string text, bool duplicate)
    {
        var lines = text.Split('\n').ToList();
        var at = _random.Next(lines.Count);
        if (duplicate)
        {
            // Sometimes many times over, but never a short line into megabytes.
            var times = _random.Next(4) == 0 && lines[at].Length < 1024 ? 1 + _random.Next(200) : 1;
            lines.InsertRange(at, Enumerable.Repeat(lines[at], times));
        }
        else
        {
            lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + _random.Next(3)));
        }
        return string.Join('\n', lines);
    }

    private string SwapLines(string text)
    {
        var lines = text.Split('\n');
        var (a, b) = (_random.Next(lines.Length), _random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }

    private string HugeField(string text)
    {
        // Mostly up to 4 KiB; one in twenty a field of 256 KiB (without a newline in it).
        var length = _random.Next(20) == 0 ? 256 * 1024 : _random.Next(1, 4096);
        var c = "x9-|.: "[_random.Next(7)];
        return Insert(text, new string(c, length));
    }

    private string Binary(string text)
    {
        var bytes = new byte[_random.Next(1, 512)];
        _random.NextBytes(bytes);
        return Insert(text, Encoding.UTF8.GetString(bytes));
    }

    private string InvalidUtf8(string text)
    {
        byte[][] broken = [[0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80]];
        return Insert(text, Encoding.UTF8.GetString(broken[_random.Next(broken.Length)]));
    }

    private string DoubleSeparators(string text)
    {
        var separator = Separators[_random.Next(Separators.Length)];
        return text.Replace(separator, separator + separator, StringComparison.Ordinal);
    }

    private string Digits() => _random.Next(4) switch
    {
        0 => "99999999999999999999999999",
        1 => "-1",
        2 => "1e308",
        _ => "NaN",
    };

    private string Insert(string text, string what)
    {
        var at = _random.Next(text.Length + 1);
        return string.Concat(text.AsSpan(0, at), what, text.AsSpan(at));
    }
}

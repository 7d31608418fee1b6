using System.Text;

namespace GntTui.Simulator;

/// <summary>
/// Enough of POSIX sh to read what a monitoring client sends: quoting, ';' '&amp;&amp;' '||' and newlines,
/// while loops, "$?", and redirections to /dev/null or 2&gt;&amp;1. Pipes are refused rather than faked.
/// </summary>
internal sealed class ShParser
{
    /// <summary>Stands in for "$?" until the command runs.</summary>
    public const char LastStatus = '\u0001';

    private readonly List<(string Text, bool IsOp)> _tokens;
    private int _pos;

    private ShParser(List<(string, bool)> tokens)
    {
        _tokens = tokens;
    }

    public static ShNode Parse(string script)
    {
        var parser = new ShParser(Tokenize(script));
        var node = parser.ParseList([]);
        if (parser._pos < parser._tokens.Count)
        {
            throw new FormatException($"syntax error near unexpected token `{parser._tokens[parser._pos].Text}'");
        }
        return node;
    }

    private ShNode ParseList(HashSet<string> stopWords)
    {
        var list = new ShNode { Kind = ShNodeKind.List };
        var op = ";";
        while (_pos < _tokens.Count)
        {
            var (text, isOp) = _tokens[_pos];
            if (isOp)
            {
                if (text == "|")
                {
                    throw new FormatException("pipes are not supported by the simulated shell");
                }
                op = text == "\n" ? ";" : text;
                _pos++;
                continue;
            }
            if (stopWords.Contains(text))
            {
                break;
            }
            list.Items.Add((op, ParseCommand()));
            op = ";";
        }
        return list;
    }

    private ShNode ParseCommand()
    {
        if (_tokens[_pos].Text is "while" or "until")
        {
            _pos++;
            var condition = ParseList(["do"]);
            Expect("do");
            var body = ParseList(["done"]);
            Expect("done");
            return new ShNode { Kind = ShNodeKind.While, Condition = condition, Body = body };
        }
        var cmd = new ShNode { Kind = ShNodeKind.Command };
        while (_pos < _tokens.Count && !_tokens[_pos].IsOp)
        {
            var word = _tokens[_pos++].Text;
            switch (word)
            {
                case "2>&1":
                    cmd.StderrToStdout = true;
                    break;
                case ">&2" or "1>&2":
                    cmd.StdoutToStderr = true;
                    break;
                case "<" or "0<":
                    // Input comes from nowhere in the simulator anyway.
                    _pos++;
                    break;
                case ">" or "1>" or "2>":
                    if (_pos >= _tokens.Count || _tokens[_pos].Text != "/dev/null")
                    {
                        throw new FormatException("only redirections to /dev/null are supported by the simulated shell");
                    }
                    _pos++;
                    cmd.DropStdout |= word != "2>";
                    cmd.DropStderr |= word == "2>";
                    break;
                default:
                    cmd.Words.Add(word);
                    break;
            }
        }
        return cmd;
    }

    private void Expect(string word)
    {
        if (_pos >= _tokens.Count || _tokens[_pos].Text != word)
        {
            throw new FormatException($"syntax error: expected `{word}'");
        }
        _pos++;
    }

    private static bool IsDigits(StringBuilder sb)
    {
        for (var i = 0; i < sb.Length; i++)
        {
            if (!char.IsAsciiDigit(sb[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static List<(string, bool)> Tokenize(string s)
    {
        var tokens = new List<(string, bool)>();
        var word = new StringBuilder();
        var inWord = false;
        void EndWord()
        {
            if (inWord)
            {
                tokens.Add((word.ToString(), false));
                word.Clear();
                inWord = false;
            }
        }
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            switch (ch)
            {
                case ' ' or '\t':
                    EndWord();
                    break;
                case '\n' or ';':
                    EndWord();
                    tokens.Add((ch.ToString(), true));
                    break;
                case '>' or '<' when !inWord || IsDigits(word):
                    // A redirection: [n]>file, [n]>&m, <file. The fd digits belong to it.
                    var redirect = new StringBuilder().Append(word).Append(ch);
                    word.Clear();
                    inWord = false;
                    if (i + 1 < s.Length && s[i + 1] == '&')
                    {
                        redirect.Append('&');
                        for (i++; i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]); i++)
                        {
                            redirect.Append(s[i + 1]);
                        }
                    }
                    tokens.Add((redirect.ToString(), false));
                    break;
                case '&' or '|':
                    EndWord();
                    var doubled = i + 1 < s.Length && s[i + 1] == ch;
                    if (ch == '&' && !doubled)
                    {
                        throw new FormatException("background jobs are not supported by the simulated shell");
                    }
                    tokens.Add((doubled ? new string(ch, 2) : "|", true));
                    i += doubled ? 1 : 0;
                    break;
                case '#' when !inWord:
                    while (i + 1 < s.Length && s[i + 1] != '\n')
                    {
                        i++;
                    }
                    break;
                case '\'':
                    inWord = true;
                    var close = s.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        throw new FormatException("unterminated quoted string");
                    }
                    word.Append(s, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    inWord = true;
                    for (i++; i < s.Length && s[i] != '"'; i++)
                    {
                        if (s[i] == '\\' && i + 1 < s.Length && s[i + 1] is '"' or '\\' or '$' or '`')
                        {
                            word.Append(s[++i]);
                        }
                        else if (s[i] == '$' && i + 1 < s.Length && s[i + 1] == '?')
                        {
                            word.Append(LastStatus);
                            i++;
                        }
                        else
                        {
                            word.Append(s[i]);
                        }
                    }
                    if (i >= s.Length)
                    {
                        throw new FormatException("unterminated quoted string");
                    }
                    break;
                case '\\' when i + 1 < s.Length:
                    inWord = true;
                    word.Append(s[++i]);
                    break;
                case '$' when i + 1 < s.Length && s[i + 1] == '?':
                    inWord = true;
                    word.Append(LastStatus);
                    i++;
                    break;
                default:
                    inWord = true;
                    word.Append(ch);
                    break;
            }
        }
        EndWord();
        return tokens;
    }
}

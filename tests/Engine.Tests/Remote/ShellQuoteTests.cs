using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote;

public class ShellQuoteTests
{
    public static TheoryData<string> Hostile => new()
    {
        "plain",
        "",
        " ",
        "two words",
        "it's",
        "'",
        "''",
        "\"",
        "$(reboot)",
        "`reboot`",
        "$HOME",
        "a;b",
        "a|b",
        "a&&b",
        "a\nb",
        "a\tb",
        "*",
        "~root",
        "=x",
        "-f",
        "--separator=|",
        "\\",
        "back\\slash'quote\"dq",
        "ünïcødé-名前",
        "!event",
        "#comment",
        "a>b<c",
        "{a,b}",
        "[abc]",
    };

    /// <summary>The real test: a POSIX shell reads the quoted word back as exactly what we meant.</summary>
    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task A_shell_reads_back_exactly_the_argument(string arg)
    {
        var script = "printf '%s\\0' " + ShellQuote.Quote(arg);
        var r = await ProcessRunner.RunAsync(["sh", "-c", script], TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(arg + "\0", r.Stdout);
    }

    [Fact]
    public async Task A_joined_argv_stays_the_same_argv()
    {
        string[] argv = ["printf", "%s\\n", "a b", "c'd", "$(x)", "--reason", "why; not"];
        var r = await ProcessRunner.RunAsync(["sh", "-c", ShellQuote.Join(argv)], TimeSpan.FromSeconds(10), CancellationToken.None);

        Assert.Equal("a b\nc'd\n$(x)\n--reason\nwhy; not\n", r.Stdout);
    }

    [Fact]
    public void Safe_words_are_left_readable()
    {
        Assert.Equal("gnt-instance", ShellQuote.Quote("gnt-instance"));
        Assert.Equal("inst1.example.com", ShellQuote.Quote("inst1.example.com"));
        Assert.Equal("'--separator=|'", ShellQuote.Quote("--separator=|"));
    }

    [Fact]
    public void A_nul_byte_cannot_be_passed()
    {
        Assert.Throws<ArgumentException>(() => ShellQuote.Quote("a\0b"));
    }
}

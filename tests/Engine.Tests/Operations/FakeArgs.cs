namespace GntTui.Engine.Tests.Operations;

/// <summary>Reads the mutations the Engine builds: options (with their values) and the one positional name at the end.</summary>
internal static class FakeArgs
{
    private static readonly HashSet<string> WithValue = ["-n", "-I", "--reason", "--drained", "-O", "-C", "-t", "--timeout"];

    public static (Dictionary<string, string> Options, string Target) Parse(IReadOnlyList<string> argv)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? target = null;
        for (var i = 2; i < argv.Count; i++)
        {
            if (WithValue.Contains(argv[i]))
            {
                options[argv[i]] = argv[++i];
            }
            else if (argv[i].StartsWith('-'))
            {
                options[argv[i]] = "";
            }
            else
            {
                Assert.Null(target);
                target = argv[i];
            }
        }
        return (options, target ?? throw new InvalidOperationException("no target in " + string.Join(' ', argv)));
    }
}

namespace GntTui.Faults.Tests.Parsers;

/// <summary>Real outputs to mutate: the lab's captures and Ganeti's own test data (copied beside the tests from Engine.Tests' fixtures).</summary>
public static class Seeds
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Seeds");

    public static IReadOnlyList<string> Files(string subdir, params string[] patterns) =>
        patterns.SelectMany(p => Directory.GetFiles(Path.Combine(Dir, subdir), p)).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

    /// <summary>
    /// The lab's <c>gnt-node list</c> captures (name,dtotal,dfree,mtotal,mnode,mfree,pinst_cnt,
    /// sinst_cnt,offline,drained,master_candidate,role) in the order the console asks for, with the
    /// group the console also asks for.
    /// </summary>
    public static IReadOnlyList<string> NodeLists() =>
        Files("ganeti", "*-gnt-node-list-fields*.txt", "76-ssh-cluster-gnt-node-list-fields.txt")
            .Select(text => string.Join('\n', text.Split('\n').Select(line => line.Split('|') is { Length: 12 } f
                ? string.Join('|', f[0], f[11], f[8], f[9], f[10], f[3], f[4], f[5], f[1], f[2], f[6], f[7], "default")
                : line)))
            .ToList();

    /// <summary>One submit capture: its stdout and stderr.</summary>
    public static (string Stdout, string Stderr) Submit(string text)
    {
        var outAt = text.IndexOf("--- stdout\n", StringComparison.Ordinal);
        var errAt = text.IndexOf("--- stderr\n", StringComparison.Ordinal);
        return outAt < 0 || errAt < outAt ? (text, "") : (text[(outAt + 11)..errAt], text[(errAt + 11)..]);
    }
}

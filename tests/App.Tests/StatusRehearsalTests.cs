using System.Text.Json;

namespace GntTui.App.Tests;

/// <summary><c>gnt-tui status --demo --demo-state FILE --json</c>, run as the operator runs it.</summary>
public sealed class StatusRehearsalTests
{
    // htools text format (Ganeti's Text.hs): node3 is secondary for 3 GiB from node1 with 1.5 GiB free.
    private const string Cluster = """
        default|uuid-1|preferred||

        node1.example.com|16384|1024|8192|500000|400000|8|M|uuid-1|1||N|0|1|1.000000
        node2.example.com|16384|1024|8192|500000|400000|8|N|uuid-1|1||N|0|1|1.000000
        node3.example.com|16384|1024|1536|500000|400000|8|N|uuid-1|1||N|0|1|1.000000
        node4.example.com|16384|1024|9000|500000|400000|8|Y|uuid-1|1||N|0|1|1.000000

        web1.example.com|1024|10240|1|running|Y|node1.example.com|node3.example.com|drbd||1|-|N
        web2.example.com|2048|10240|2|ADMIN_down|Y|node1.example.com|node3.example.com|drbd||1|-|N
        db1.example.com|4096|10240|2|running|Y|node2.example.com||plain||1|-|N


        """;

    [Fact]
    public void A_rehearsal_shows_the_files_cluster_and_ganetis_n_plus_one_verdict()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("gnttui-rehearsal-").FullName, "cluster.data");
        File.WriteAllText(file, Cluster.Replace("\r\n", "\n", StringComparison.Ordinal));

        using var doc = JsonDocument.Parse(Run("status", "--demo", "--demo-state", file, "--json"));

        var root = doc.RootElement;
        Assert.True(root.GetProperty("demo").GetBoolean());
        Assert.Equal(["node1.example.com", "node2.example.com", "node3.example.com", "node4.example.com"],
            root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.True(root.GetProperty("nodes")[3].GetProperty("offline").GetBoolean());
        Assert.Equal(["db1.example.com", "web1.example.com", "web2.example.com"], root.GetProperty("instances").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        var n1 = root.GetProperty("nPlusOne");
        Assert.False(n1.GetProperty("happy").GetBoolean());
        Assert.Equal(["node3.example.com"], n1.GetProperty("failingNodes").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public void The_built_in_demo_is_n_plus_one_happy_and_says_so()
    {
        using var doc = JsonDocument.Parse(Run("status", "--demo", "--json"));

        var n1 = doc.RootElement.GetProperty("nPlusOne");
        Assert.True(n1.GetProperty("happy").GetBoolean());
        Assert.Empty(n1.GetProperty("failingNodes").EnumerateArray());
        Assert.Contains("N+1: happy", Run("status", "--demo"), StringComparison.Ordinal);
    }

    [Fact]
    public void Status_json_keys_are_camel_case_throughout_and_roles_are_ganetis_words()
    {
        using var doc = JsonDocument.Parse(Run("status", "--demo", "--json"));

        var pascal = Keys(doc.RootElement).Where(k => char.IsUpper(k[0])).Distinct().ToList();
        Assert.Empty(pascal);
        var roles = doc.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("role").GetString()).ToHashSet();
        Assert.Contains("master", roles);
        Assert.Contains("candidate", roles);
    }

    [Fact]
    public void Status_tables_say_master_and_candidate_as_the_console_does()
    {
        var text = Run("status", "--demo");

        Assert.Contains(" master ", text, StringComparison.Ordinal);
        Assert.Contains(" candidate ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Master", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Candidate", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_into_a_pipe_carries_no_escape_codes_even_from_a_colour_terminal()
    {
        var colourTerminal = new Dictionary<string, string?> { ["NO_COLOR"] = null, ["TERM"] = "xterm-256color", ["COLORTERM"] = "truecolor" };

        var text = Run(colourTerminal, "status", "--demo");

        Assert.Contains("Instances", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', text);
    }

    private static IEnumerable<string> Keys(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Keys(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Keys),
        _ => [],
    };

    private static string Run(params string[] args) => Run(new Dictionary<string, string?> { ["NO_COLOR"] = "1" }, args);

    private static string Run(Dictionary<string, string?> environment, params string[] args)
    {
        var (exit, stdout, stderr) = BuiltGntTui.RunAsync(environment, args).GetAwaiter().GetResult();
        Assert.True(exit == 0, $"gnt-tui {string.Join(' ', args)} exited {exit}: {stderr}");
        return stdout;
    }
}

using System.Text.Json;

namespace GntTui.App.Tests;

/// <summary><c>gnt-tui status --all [--json]</c>: every profile of the config, as the console's clusters view sees them.</summary>
public sealed class StatusAllTests
{
    private static string Config(string json)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("gnttui-all-").FullName, "config.json");
        File.WriteAllText(file, json);
        return file;
    }

    [Fact]
    public async Task Every_profile_is_summarised_and_one_that_does_not_answer_says_why_and_sets_the_exit_code()
    {
        var config = Config("""
            { "clusters": [
                { "name": "small", "demo": true },
                { "name": "big", "demo": true, "demoSize": "nodes=9,instances=30", "demoSeed": 7 },
                { "name": "gone", "ssh": "root@127.0.0.1", "commandPrefix": ["false"] }
            ] }
            """);

        var (exit, stdout, stderr) = await BuiltGntTui.RunAsync("status", "--all", "--json", "--config", config);

        Assert.True(exit == 2, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var clusters = doc.RootElement.GetProperty("clusters").EnumerateArray().ToList();
        Assert.Equal(["small", "big", "gone"], clusters.Select(c => c.GetProperty("name").GetString()));
        Assert.True(clusters[0].GetProperty("reachable").GetBoolean());
        Assert.True(clusters[0].GetProperty("demo").GetBoolean());
        Assert.Equal(4, clusters[0].GetProperty("nodes").GetInt32());
        Assert.Equal(9, clusters[1].GetProperty("nodes").GetInt32());
        Assert.Equal(30, clusters[1].GetProperty("instances").GetInt32());
        Assert.Equal("node1.example.com", clusters[1].GetProperty("master").GetString());
        Assert.False(clusters[2].GetProperty("reachable").GetBoolean());
        Assert.False(string.IsNullOrEmpty(clusters[2].GetProperty("why").GetString()));
        Assert.Equal(JsonValueKind.Null, clusters[2].GetProperty("nodes").ValueKind);
    }

    [Fact]
    public async Task The_table_names_each_cluster_and_its_state()
    {
        var config = Config("""{ "clusters": [ { "name": "small", "demo": true }, { "name": "other", "demo": true, "demoSeed": 9 } ] }""");

        var (exit, stdout, stderr) = await BuiltGntTui.RunAsync("status", "--all", "--config", config);

        Assert.True(exit == 0, stderr);
        Assert.Contains("small", stdout, StringComparison.Ordinal);
        Assert.Contains("other", stdout, StringComparison.Ordinal);
        Assert.Contains("reachable", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_that_is_neither_ssh_local_nor_demo_is_refused_with_its_name()
    {
        var config = Config("""{ "clusters": [ { "name": "nowhere" } ] }""");

        var (exit, _, stderr) = await BuiltGntTui.RunAsync("status", "--all", "--config", config);

        Assert.Equal(2, exit);
        Assert.Contains("'nowhere'", stderr, StringComparison.Ordinal);
        Assert.Contains("\"demo\": true", stderr, StringComparison.Ordinal);
    }
}

using GntTui.Engine.Ganeti;

namespace GntTui.Engine.Tests.Architecture;

/// <summary>
/// The Engine's rooms (Model, Store, Drbd, Live, …) depend on each other one way only: Store → Model,
/// Live → everything, nothing back. Read from the compiled assembly, so a fully qualified name or a
/// call with no using in sight counts too.
/// </summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void The_engine_has_no_namespace_cycle()
    {
        var edges = NamespaceGraph.Rooms(typeof(GanetiClient).Assembly, "GntTui.Engine");

        var cycles = NamespaceGraph.Cycles(edges);

        Assert.True(cycles.Count == 0, "namespace cycles: " + string.Join("; ", cycles) + "\nwho uses whom: " + Describe(edges));
    }

    [Fact]
    public void Live_is_the_top_nothing_else_in_the_engine_uses_it()
    {
        var edges = NamespaceGraph.Rooms(typeof(GanetiClient).Assembly, "GntTui.Engine");

        Assert.Empty(edges.Where(e => e.Key != "Live" && e.Value.Contains("Live")).Select(e => e.Key));
    }

    [Fact]
    public void Model_holds_records_of_the_cluster_and_needs_nothing_but_ganetis_rows()
    {
        var edges = NamespaceGraph.Rooms(typeof(GanetiClient).Assembly, "GntTui.Engine");

        Assert.Equal(["Ganeti"], edges["Model"].Order(StringComparer.Ordinal));
    }

    private static string Describe(Dictionary<string, HashSet<string>> edges) =>
        string.Join("; ", edges.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"{e.Key} → {string.Join(",", e.Value.Order(StringComparer.Ordinal))}"));

    [Fact]
    public void The_reader_sees_uses_that_appear_only_in_method_bodies()
    {
        // Live uses Store and Model; the graph must see those edges for the test above to mean anything.
        var edges = NamespaceGraph.Rooms(typeof(GanetiClient).Assembly, "GntTui.Engine");

        Assert.Contains("Ganeti", edges["Operations"]);
        Assert.Contains("Remote", edges["Ganeti"]);
    }
}

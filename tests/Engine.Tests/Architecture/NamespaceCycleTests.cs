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

        Assert.Empty(NamespaceGraph.Cycles(edges));
    }

    [Fact]
    public void The_reader_sees_uses_that_appear_only_in_method_bodies()
    {
        // Live uses Store and Model; the graph must see those edges for the test above to mean anything.
        var edges = NamespaceGraph.Rooms(typeof(GanetiClient).Assembly, "GntTui.Engine");

        Assert.Contains("Ganeti", edges["Operations"]);
        Assert.Contains("Remote", edges["Ganeti"]);
    }
}

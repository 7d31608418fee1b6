namespace GntTui.Simulator.Tests;

/// <summary>Each demo keeps its local state apart: the big demo never opens on the small one's cached snapshot.</summary>
public sealed class DemoKeyTests
{
    [Fact]
    public void Size_seed_and_state_file_each_give_their_own_key()
    {
        var keys = new[]
        {
            DemoKey.For("cluster.example.com", DemoSize.Small, 1, null),
            DemoKey.For("cluster.example.com", DemoSize.Large, 1, null),
            DemoKey.For("cluster.example.com", DemoSize.Small, 2, null),
            DemoKey.For("cluster.example.com", DemoSize.Small, 1, "/tmp/a.data"),
            DemoKey.For("cluster.example.com", DemoSize.Small, 1, "/tmp/b.data"),
        };

        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.All(keys, k => Assert.StartsWith("demo:cluster.example.com/", k, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_demo_finds_its_own_state_again() =>
        Assert.Equal(DemoKey.For("c", DemoSize.Medium, 7, null), DemoKey.For("c", new DemoSize(40, 600), 7, null));

    [Fact]
    public void The_demo_has_a_name_of_its_own_never_the_labs()
    {
        var demo = DemoClusterFactory.Create(DemoSize.Small, 1);
        Assert.Equal("demo.example.com", demo.Name);
        Assert.NotEqual("cluster.example.com", demo.Name); // the lab's cluster name: a demo must never pass for it
    }
}

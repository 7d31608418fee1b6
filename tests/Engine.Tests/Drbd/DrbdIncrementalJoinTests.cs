using System.Text.Json;
using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>The incremental join against the full one: same result, work only where samples or mappings changed.</summary>
public class DrbdIncrementalJoinTests
{
    private const int Nodes = 1000;
    private const int Instances = 2000;

    private static readonly string[] Node500Disks = ["inst499.example.com", "inst500.example.com", "inst1499.example.com", "inst1500.example.com"];

    private static string Name(int k) => $"node{k}.example.com";

    /// <summary>Instance j: primary on node j mod N, secondary on the next node; every node holds 4 minors.</summary>
    private static (List<DrbdMinorMapping> Mappings, Dictionary<string, DrbdSample> Samples) Cluster(int nodes, int instances, Func<int, int, string>? minorText = null)
    {
        var mappings = new List<DrbdMinorMapping>();
        var minors = Enumerable.Range(0, nodes).Select(_ => new List<string>()).ToArray();
        for (var j = 0; j < instances; j++)
        {
            int p = j % nodes, s = (j + 1) % nodes;
            mappings.Add(new DrbdMinorMapping(Name(p), minors[p].Count, $"inst{j}.example.com", 0, DrbdRole.Primary, Name(s)));
            minors[p].Add(minorText?.Invoke(p, minors[p].Count) ?? ProcText.Connected(minors[p].Count));
            mappings.Add(new DrbdMinorMapping(Name(s), minors[s].Count, $"inst{j}.example.com", 0, DrbdRole.Secondary, Name(p)));
            minors[s].Add(minorText?.Invoke(s, minors[s].Count) ?? ProcText.Connected(minors[s].Count, "Secondary", "Primary"));
        }
        var samples = Enumerable.Range(0, nodes)
            .ToDictionary(Name, k => ProcDrbdParser.Parse(ProcText.Of([.. minors[k]]), Name(k), Fixture.Time), StringComparer.OrdinalIgnoreCase);
        return (mappings, samples);
    }

    private static string Json(IReadOnlyList<InstanceDiskSync> disks) => JsonSerializer.Serialize(disks);

    [Fact]
    public void A_new_sample_on_one_node_of_1000_joins_only_that_nodes_disks_again()
    {
        var (rows, samples) = Cluster(Nodes, Instances);
        var mappings = rows.AsReadOnly();
        var join = new DrbdIncrementalJoin();
        var first = join.Update(mappings, samples);
        Assert.Equal(Instances, join.LastRejoined);
        Assert.Null(join.LastChanged);

        var node = Name(500);
        samples[node] = ProcDrbdParser.Parse(ProcText.Of(ProcText.WFConnection(0), ProcText.Connected(1, "Secondary", "Primary"),
            ProcText.Connected(2), ProcText.Connected(3, "Secondary", "Primary")), node, Fixture.Time.AddSeconds(1));
        var second = join.Update(mappings, samples);

        // node500 holds 4 minors: 2 disks it is primary of, 2 it is secondary of.
        Assert.Equal(4, join.LastRejoined);
        Assert.Equal(4, join.LastChanged!.Count);
        Assert.Equal(Instances - 4, Enumerable.Range(0, Instances).Count(i => ReferenceEquals(first[i], second[i])));
        Assert.All(join.LastChanged, i => Assert.Contains(second[i].Instance, Node500Disks));
        Assert.Equal(Json(DrbdJoin.Join(mappings, samples.Values)), Json(second));
        Assert.NotEqual(DrbdHealth.Healthy, second.Single(d => d.Instance == "inst499.example.com").Health);
    }

    [Fact]
    public void Nothing_new_joins_nothing_and_hands_back_the_same_disks()
    {
        var (rows, samples) = Cluster(10, 20);
        var mappings = rows.AsReadOnly();
        var join = new DrbdIncrementalJoin();
        var first = join.Update(mappings, samples).ToList();

        var again = join.Update(mappings, samples);

        Assert.Equal(0, join.LastRejoined);
        Assert.Empty(join.LastChanged!);
        Assert.Equal(first, again, ReferenceEqualityComparer.Instance);
    }

    [Fact]
    public void New_mappings_keep_the_disks_whose_rows_and_nodes_did_not_change()
    {
        var (rows, samples) = Cluster(10, 20);
        var join = new DrbdIncrementalJoin();
        var first = join.Update(rows.AsReadOnly(), samples);

        // inst3 fails over: its two rows swap roles. Every other disk keeps its rows.
        var moved = rows.Select(r => r.Instance == "inst3.example.com" ? r with { Role = r.Role == DrbdRole.Primary ? DrbdRole.Secondary : DrbdRole.Primary } : r).ToList();
        var second = join.Update(moved.AsReadOnly(), samples);

        Assert.Equal(1, join.LastRejoined);
        Assert.Null(join.LastChanged);
        Assert.Equal(19, second.Count(d => first.Contains(d, ReferenceEqualityComparer.Instance)));
        Assert.Equal(Json(DrbdJoin.Join(moved, samples.Values)), Json(second));
    }

    /// <summary>Random sequences of new samples, vanished nodes and changed mappings: always what a full join gives.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Incremental_equals_a_full_join_over_random_sample_sequences(int seed)
    {
        var random = new Random(seed);
        const int nodes = 12;
        var (rows, samples) = Cluster(nodes, 30);
        IReadOnlyList<DrbdMinorMapping> mappings = rows.AsReadOnly();
        var join = new DrbdIncrementalJoin();
        string[] states = ["connected", "wf", "standalone", "sync", "missing"];
        for (var step = 0; step < 300; step++)
        {
            var at = Fixture.Time.AddSeconds(step + 1);
            switch (random.Next(10))
            {
                case < 6:
                {
                    // A new capture of one node: each of its 4–6 minors in some state, some minors not printed.
                    var k = random.Next(nodes);
                    var minors = Enumerable.Range(0, 6).Select(m => states[random.Next(states.Length)] switch
                    {
                        "connected" => ProcText.Connected(m, random.Next(2) == 0 ? "Primary" : "Secondary", "Secondary"),
                        "wf" => ProcText.WFConnection(m),
                        "standalone" => ProcText.StandAlone(m, "Secondary"),
                        "sync" => ProcText.Sync(m, random.Next(2) == 0 ? "SyncSource" : "SyncTarget", random.Next(1, 1000) * 1024L, 1_048_576),
                        _ => "",
                    }).ToArray();
                    samples[Name(k)] = ProcDrbdParser.Parse(ProcText.Of(minors), Name(k), at);
                    break;
                }
                case 6:
                    // The same capture again, a new sample object at a new time.
                    var again = random.Next(nodes);
                    if (samples.TryGetValue(Name(again), out var s))
                    {
                        samples[Name(again)] = s with { Time = at };
                    }
                    break;
                case 7:
                    samples.Remove(Name(random.Next(nodes)));
                    break;
                case 8:
                {
                    // list-drbd changed: a row dropped, or a disk's rows moved to another node.
                    var list = mappings.ToList();
                    var i = random.Next(list.Count);
                    if (random.Next(2) == 0)
                    {
                        list.RemoveAt(i);
                    }
                    else
                    {
                        list[i] = list[i] with { Node = Name(random.Next(nodes)), Minor = random.Next(6) };
                    }
                    mappings = list.AsReadOnly();
                    break;
                }
                default:
                    // Nothing new.
                    break;
            }

            var incremental = join.Update(mappings, samples);

            Assert.Equal(Json(DrbdJoin.Join(mappings, samples.Values)), Json(incremental));
        }
    }
}

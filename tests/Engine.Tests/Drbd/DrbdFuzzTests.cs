using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// Property: no input makes a parser throw. Thousands of seeded mutations of the fixtures go
/// through the parsers' cores (not the public catch-all wrappers) and on through join, health,
/// advice and the estimator.
/// </summary>
public class DrbdFuzzTests
{
    private static readonly string[] ProcFixtures = Fixture.Names("proc_*.txt").Select(Fixture.Text).ToArray();

    [Fact]
    public void Proc_parser_never_throws()
    {
        var mutator = new InputMutator(20240514);
        var estimator = new ResyncEstimator(new ResyncEstimatorOptions { HistoryCapacity = 4 });
        var mappings = ListDrbdParser.Parse(Fixture.Text("list-drbd_node1.txt"));
        var start = Fixture.Time;
        for (var i = 0; i < 4000; i++)
        {
            var input = mutator.Mutate(ProcFixtures[i % ProcFixtures.Length]);
            var sample = ProcDrbdParser.ParseCore(input, "node1.example.com", start.AddSeconds(i));
            Assert.NotNull(sample);
            foreach (var device in sample.Devices)
            {
                var health = device.Health;
                Assert.NotNull(DrbdAdvisor.Advise(health, "inst1.example.com", device.Sync).Summary);
                Assert.True(device.Sync is null || device.Sync.Percent >= 0);
            }
            estimator.Add(sample);
            foreach (var disk in DrbdJoin.Join(mappings, [sample]))
            {
                Assert.NotNull(DrbdAdvisor.Advise(disk).Fix);
            }
        }
    }

    [Fact]
    public void Proc_parser_survives_random_bytes_and_huge_lines()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var chars = new char[random.Next(0, 3000)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = (char)random.Next(0, 128);
            }
            ProcDrbdParser.ParseCore(new string(chars), "n", Fixture.Time);
        }
        var huge = " 0: cs:" + new string('x', 200_000) + " ro:" + new string('/', 100_000) + " ds:" + new string('a', 100_000);
        var sample = ProcDrbdParser.ParseCore(huge, "n", Fixture.Time);
        Assert.Single(sample.Devices);
    }

    [Fact]
    public void Events2_parser_never_throws()
    {
        var mutator = new InputMutator(99);
        var fixtures = Fixture.Names("events2_*.txt").Select(Fixture.Text).ToArray();
        for (var i = 0; i < 1500; i++)
        {
            var parser = new Events2Parser("n");
            foreach (var line in mutator.Mutate(fixtures[i % fixtures.Length]).Split('\n'))
            {
                parser.FeedCore(line);
            }
            var sample = parser.Snapshot(Fixture.Time);
            Assert.All(sample.Devices, d => Assert.NotNull(d.Health.ToString()));
        }
    }

    [Fact]
    public void List_drbd_and_capture_reader_never_throw()
    {
        var mutator = new InputMutator(5);
        var lists = Fixture.Names("list-drbd_*.txt").Select(Fixture.Text).ToArray();
        var replay = Fixture.Text("replay_node1.txt");
        for (var i = 0; i < 1000; i++)
        {
            var notes = new List<string>();
            var rows = ListDrbdParser.Parse(mutator.Mutate(lists[i % lists.Length]), notes);
            Assert.All(rows, r => Assert.True(r.Minor >= 0 && r.DiskIndex >= 0));
            var samples = DrbdCaptureReader.Read(mutator.Mutate(replay), "node1.example.com", Fixture.Time);
            Assert.All(samples, s => Assert.NotNull(s.Devices));
        }
    }
}

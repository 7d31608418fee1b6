using System.Diagnostics;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests.Parsers;

/// <summary>
/// 100,000 mutations of real outputs per parser: none may throw anything but its own documented
/// parse exception, and memory stays bounded (what a parse allocates is released). Deterministic:
/// each parser's mutations come from seeds derived from its name, in a fixed number of partitions.
/// </summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    private const int Mutations = 100_000;

    /// <summary>Fixed (not the core count) so the same inputs are made on every machine.</summary>
    private const int Partitions = 2;

    public static TheoryData<string> Names() => new(Parsers.All.Select(p => p.Name));

    private sealed class Tally
    {
        public List<string> Crashes { get; } = [];
        public int Documented { get; set; }
        public long InputChars { get; set; }
        public long PeakWorkingSet { get; set; }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hundred_thousand_mutated_outputs_never_crash_the_parser(string name)
    {
        var parser = Parsers.All.Single(p => p.Name == name);
        var seeds = parser.Seeds();
        Assert.NotEmpty(seeds);
        foreach (var seed in seeds)
        {
            parser.Parse(seed); // the real output itself parses
        }
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var workingSetBefore = Environment.WorkingSet;
        var tally = new Tally { PeakWorkingSet = workingSetBefore };
        var clock = Stopwatch.StartNew();

        Parallel.For(0, Partitions, p => Run(parser, seeds, StableSeed(name) + p, Mutations / Partitions, tally));

        var elapsed = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        var peak = tally.PeakWorkingSet - workingSetBefore;
        Figures.Record(output, "parser " + name, $"{Mutations} mutations of {seeds.Count} real outputs ({tally.InputChars / 1_000_000.0:F0} M chars): {tally.Crashes.Count} unhandled exceptions, "
            + $"{tally.Documented} documented {parser.Documented?.Name ?? "(none)"}, {elapsed.TotalSeconds:F1} s, {allocated / 1_048_576.0:F0} MiB allocated, "
            + $"heap {retained / 1_048_576.0:+0.0;-0.0} MiB after, working set peak +{peak / 1_048_576.0:F0} MiB");
        Assert.True(tally.Crashes.Count == 0, $"{tally.Crashes.Count} crashes; first: {string.Join("\n\n", tally.Crashes.Take(5))}");
        Assert.True(retained < 64L * 1024 * 1024, $"{retained / 1_048_576} MiB still held after parsing");
        Assert.True(peak < 1024L * 1024 * 1024, $"working set grew by {peak / 1_048_576} MiB");
    }

    private static void Run(ParserUnderTest parser, IReadOnlyList<string> seeds, int seed, int count, Tally tally)
    {
        var mutator = new Mutator(seed);
        long chars = 0;
        var documented = 0;
        for (var i = 0; i < count; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Count]);
            chars += input.Length;
            try
            {
                parser.Parse(input);
            }
            catch (Exception e) when (parser.Documented is { } type && type.IsInstanceOfType(e))
            {
                documented++;
            }
#pragma warning disable CA1031 // every other exception is the finding: counted, the first few kept whole
            catch (Exception e)
#pragma warning restore CA1031
            {
                lock (tally)
                {
                    tally.Crashes.Add(tally.Crashes.Count < 5 ? $"seed {seed} mutation {i}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}" : e.GetType().Name);
                }
            }
            if (i % 5_000 == 0)
            {
                lock (tally)
                {
                    tally.PeakWorkingSet = Math.Max(tally.PeakWorkingSet, Environment.WorkingSet);
                }
            }
        }
        lock (tally)
        {
            tally.InputChars += chars;
            tally.Documented += documented;
        }
    }

    private static int StableSeed(string name) => name.Aggregate(15_000, (h, c) => unchecked((h * 31) + c));
}

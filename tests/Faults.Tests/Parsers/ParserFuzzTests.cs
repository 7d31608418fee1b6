using System.Diagnostics;
using Xunit.Abstractions;

namespace GntTui.Faults.Tests.Parsers;

/// <summary>
/// 100,000 mutations of real outputs per parser: none may throw anything but its own documented
/// parse exception, and memory stays bounded (what a parse allocates is released).
/// </summary>
public sealed class ParserFuzzTests(ITestOutputHelper output)
{
    private const int Mutations = 100_000;

    public static TheoryData<string> Names() => new(Parsers.All.Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void A_hundred_thousand_mutated_outputs_never_crash_the_parser(string name)
    {
        var parser = Parsers.All.Single(p => p.Name == name);
        var seeds = parser.Seeds();
        Assert.NotEmpty(seeds);
        var mutator = new Mutator(StableSeed(name));
        var crashes = new List<string>();
        int documented = 0;
        long inputChars = 0;
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var workingSetBefore = Environment.WorkingSet;
        long peakWorkingSet = workingSetBefore;
        var clock = Stopwatch.StartNew();

        foreach (var seed in seeds)
        {
            parser.Parse(seed); // the real output itself parses
        }
        for (var i = 0; i < Mutations; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Count]);
            inputChars += input.Length;
            try
            {
                parser.Parse(input);
            }
            catch (Exception e) when (parser.Documented is { } type && type.IsInstanceOfType(e))
            {
                documented++;
            }
#pragma warning disable CA1031 // every other exception is the finding: counted, the first few kept
            catch (Exception e)
#pragma warning restore CA1031
            {
                if (crashes.Count < 5)
                {
                    crashes.Add($"mutation {i}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                }
                else
                {
                    crashes.Add(e.GetType().Name);
                }
            }
            if (i % 10_000 == 0)
            {
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
            }
        }

        var elapsed = clock.Elapsed;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        var retained = heapAfter - heapBefore;
        Figures.Record(output, "parser " + name, $"{Mutations} mutations of {seeds.Count} real outputs ({inputChars / 1_000_000.0:F0} M chars): {crashes.Count} unhandled exceptions, "
            + $"{documented} documented {parser.Documented?.Name ?? "(none)"}, {elapsed.TotalSeconds:F1} s, {allocated / 1_048_576.0:F0} MiB allocated, "
            + $"heap {retained / 1_048_576.0:+0.0;-0.0} MiB after, working set peak +{(peakWorkingSet - workingSetBefore) / 1_048_576.0:F0} MiB");
        Assert.True(crashes.Count == 0, $"{crashes.Count} crashes; first: {string.Join("\n\n", crashes.Take(5))}");
        Assert.True(retained < 64L * 1024 * 1024, $"{retained / 1_048_576} MiB still held after parsing");
        Assert.True(peakWorkingSet - workingSetBefore < 512L * 1024 * 1024, $"working set grew by {(peakWorkingSet - workingSetBefore) / 1_048_576} MiB");
    }

    private static int StableSeed(string name) => name.Aggregate(15_000, (h, c) => unchecked((h * 31) + c));
}

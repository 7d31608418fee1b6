using System.Globalization;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Simulator;

namespace GntTui.Tests.Support;

/// <summary>
/// How close our ETA gets to the truth: a full 8 GiB resync (replace-disks -s) per seed, our ETA
/// and DRBD's recorded at every sample, the real finish taken from the simulator afterwards, and
/// the relative error read at 25, 50 and 75% done. The whole study (40 seeds) is a bench run
/// (<c>dotnet run -c Release --project bench/Bench -- --eta-accuracy</c>, figures in
/// docs/PERFORMANCE.md); Engine.Tests' DrbdEtaAccuracyTests holds the same bounds on a few seeds.
/// </summary>
internal static class DrbdEtaStudy
{
    private const string Big = "big.example.com";

    public static readonly double[] Marks = [25, 50, 75];

    /// <summary>
    /// The bounds follow from the simulator's speed model (SimDrbdResync): per 5 s block the rate is
    /// 0.78-0.97 of "want" (76% of blocks), 1.0 (8%) or 0.2-0.5 (16%), so a block's speed has a
    /// coefficient of variation of ~26%. Our 30 s window averages ~6 blocks (~11%), the half that is
    /// left ~17 blocks (~6%); the ETA is their ratio, so one sigma is ~13% and two ~25%. A ~15 s
    /// stall (each block starts one with p = 1.2%) inside the window or in the rest is something
    /// no estimator foresees: it falls in the window at half way for ~9% of resyncs and in the rest
    /// for ~18%, so it owns the top decile. Hence: median within one sigma, 90% of resyncs within
    /// 30%, and at half way at least as close as DRBD's own "finish:" (its window is ~20 s).
    /// Returns what breaks them, empty when they hold.
    /// </summary>
    public static IReadOnlyList<string> BrokenBoundsAtHalfWay(IReadOnlyList<EtaRun> runs)
    {
        var ours = runs.Select(r => Math.Abs(r.Ours[1])).ToList();
        var drbds = runs.Select(r => Math.Abs(r.Drbd[1])).ToList();
        var broken = new List<string>();
        if (Stat(ours, "median") > 0.13)
        {
            broken.Add(string.Create(CultureInfo.InvariantCulture, $"median {Stat(ours, "median"):P1} > 13%"));
        }
        if (Stat(ours, "p90") > 0.30)
        {
            broken.Add(string.Create(CultureInfo.InvariantCulture, $"p90 {Stat(ours, "p90"):P1} > 30%"));
        }
        if (Stat(ours, "median") > Stat(drbds, "median"))
        {
            broken.Add("our ETA is no closer than DRBD's at half way");
        }
        return broken;
    }

    public static async Task<EtaRun> RunAsync(int seed)
    {
        var (c, clock) = TestClusters.Lab(seed);
        await using var h = await DrbdSimHarness.StartAsync(c, clock);
        await h.SubmitAsync(new InstanceReplaceDisks(Big, ReplaceDisksMode.Secondary));
        var link = c.FindInstance(Big)!.Disks[0].Drbd!;
        var readings = new List<Reading>();
        SimDrbdResync? resync = null;
        for (var i = 0; i < 1_000; i++)
        {
            // list-drbd does not change during replace-disks -s: the cluster is refreshed now and then only.
            var disk = (await h.StepAsync(refreshCluster: i % 10 == 0)).Find(Big, 0)!;
            resync ??= c.Locked(() => link.Resync is { TotalKiB: > 4_000_000 } r ? r : null);
            if (disk.IsResyncing && disk.Percent is { } p)
            {
                readings.Add(new Reading(h.Now, p, disk.Eta, disk.DrbdFinish, disk.Stalled));
            }
            else if (readings.Count > 0 && disk.Health == DrbdHealth.Healthy)
            {
                break;
            }
        }

        if (resync is null)
        {
            throw new InvalidOperationException($"seed {seed}: replace-disks -s started no full resync");
        }
        var finish = resync.CompletionTime()!.Value;
        // The monitor saw it end within a sample of the simulator's own completion time.
        if (readings[^1].Time < finish - TimeSpan.FromSeconds(1) || readings[^1].Time > finish)
        {
            throw new InvalidOperationException($"seed {seed}: the last resync reading at {readings[^1].Time:HH:mm:ss} is not within a sample of the finish at {finish:HH:mm:ss}");
        }
        double Error(double mark, Func<Reading, TimeSpan?> eta)
        {
            var at = readings.First(r => r.Percent >= mark);
            var left = (finish - at.Time).TotalSeconds;
            return (eta(at)!.Value.TotalSeconds - left) / left;
        }

        return new EtaRun(seed, finish - resync.Start,
            [.. Marks.Select(m => Error(m, r => r.Ours))],
            [.. Marks.Select(m => Error(m, r => r.Drbd))],
            [.. Marks.Select(m => readings.First(r => r.Percent >= m).Stalled)]);
    }

    /// <summary>The per-seed table and the summary rows PERFORMANCE.md quotes.</summary>
    public static void Report(IReadOnlyList<EtaRun> runs, Action<string> writeLine)
    {
        writeLine("relative ETA error |ours - real| / real time left, 8 GiB resync, 1 s samples, 30 s window");
        writeLine("seed  duration   ours@25%  ours@50%  ours@75%   drbd@25%  drbd@50%  drbd@75%");
        foreach (var r in runs)
        {
            writeLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Seed,4}  {r.Duration.TotalSeconds,6:0.0} s  {Row(r.Ours, r.Stalled)}   {Row(r.Drbd, r.Stalled)}"));
        }
        foreach (var (name, pick) in new (string, Func<EtaRun, double[]>)[] { ("ours", r => r.Ours), ("drbd", r => r.Drbd) })
        {
            foreach (var stat in new[] { "median", "p90", "max" })
            {
                writeLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name} {stat,-6}        {string.Join("  ", Enumerable.Range(0, Marks.Length).Select(k => $"{Stat(runs.Select(r => Math.Abs(pick(r)[k])), stat),7:P1}"))}"));
            }
        }
    }

    public static double Stat(IEnumerable<double> values, string which)
    {
        var sorted = values.Order().ToList();
        return which switch
        {
            "median" => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2,
            "p90" => sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1],
            _ => sorted[^1],
        };
    }

    /// <summary>A '*' marks a reading taken while the disk was flagged stalled (the console shows "stalled" there, not the ETA).</summary>
    private static string Row(double[] errors, bool[] stalled) =>
        string.Join(" ", errors.Select((e, k) => string.Create(CultureInfo.InvariantCulture, $"{e,8:+0.0%;-0.0%}{(stalled[k] ? '*' : ' ')}")));

    /// <summary>One seed's resync: its duration and the signed errors at each of <see cref="Marks"/>.</summary>
    internal sealed record EtaRun(int Seed, TimeSpan Duration, double[] Ours, double[] Drbd, bool[] Stalled);

    private sealed record Reading(DateTimeOffset Time, double Percent, TimeSpan? Ours, TimeSpan? Drbd, bool Stalled);
}

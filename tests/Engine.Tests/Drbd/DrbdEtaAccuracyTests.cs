using GntTui.Tests.Support;
using Xunit.Abstractions;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// Our ETA against the real finish on the simulator, on five seeds: the bounds of the whole study
/// (<see cref="DrbdEtaStudy"/>, 40 seeds, a bench run whose figures are in docs/PERFORMANCE.md)
/// held on a case small enough for the unit tests. Seed 4 is in on purpose: at half way it is one
/// of the study's hard cases (ours -24%, DRBD's -31%).
/// </summary>
public sealed class DrbdEtaAccuracyTests(ITestOutputHelper output)
{
    private static readonly int[] Seeds = [1, 2, 3, 4, 5];

    [Fact]
    public async Task At_half_way_our_eta_is_within_the_simulators_speed_noise_of_the_real_finish()
    {
        var runs = new List<DrbdEtaStudy.EtaRun>();
        foreach (var seed in Seeds)
        {
            runs.Add(await DrbdEtaStudy.RunAsync(seed));
        }
        DrbdEtaStudy.Report(runs, output.WriteLine);

        Assert.Empty(DrbdEtaStudy.BrokenBoundsAtHalfWay(runs));
    }
}

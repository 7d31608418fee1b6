using System.Globalization;
using GntTui.Tests.Support;

namespace GntTui.Bench;

/// <summary>
/// The ETA accuracy study of docs/PERFORMANCE.md: <see cref="DrbdEtaStudy"/> over 40 seeds (the
/// unit tests hold the same bounds on five). Prints the per-seed table and the summary, and exits
/// non-zero when a bound at half way breaks:
///   dotnet run -c Release --project bench/Bench -- --eta-accuracy [--seeds 40]
/// </summary>
internal static class DrbdEtaAccuracyStudy
{
    public static async Task<int> RunAsync(string[] args)
    {
        var i = Array.IndexOf(args, "--seeds");
        var count = i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : 40;
        var runs = new List<DrbdEtaStudy.EtaRun>();
        for (var seed = 1; seed <= count; seed++)
        {
            runs.Add(await DrbdEtaStudy.RunAsync(seed));
        }
        DrbdEtaStudy.Report(runs, Console.WriteLine);
        var broken = DrbdEtaStudy.BrokenBoundsAtHalfWay(runs);
        foreach (var b in broken)
        {
            Console.WriteLine("bound broken: " + b);
        }
        return broken.Count == 0 ? 0 : 1;
    }
}

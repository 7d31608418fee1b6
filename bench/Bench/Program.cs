using BenchmarkDotNet.Running;
using GntTui.Bench;

// Measurements that are not BenchmarkDotNet runs: they count bytes or events, not time.
if (args is ["--frame-bytes"])
{
    ConsoleFrameBenchmarks.FrameBytes();
    return 0;
}
if (args.Contains("--measure-handshakes"))
{
    return await DrbdHandshakeMeasurement.RunAsync(args);
}
if (args.Contains("--eta-accuracy"))
{
    return await DrbdEtaAccuracyStudy.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(ConsoleFrameBenchmarks).Assembly).Run(args);
return 0;

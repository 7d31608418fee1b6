using BenchmarkDotNet.Running;
using GntTui.Bench;

// A measurement against the live lab is not a BenchmarkDotNet run: it counts events over a fixed time.
if (args.Contains("--measure-handshakes"))
{
    return await DrbdHandshakeMeasurement.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

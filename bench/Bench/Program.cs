using BenchmarkDotNet.Running;
using GntTui.Bench;

if (args is ["--frame-bytes"])
{
    ConsoleFrameBenchmarks.FrameBytes();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ConsoleFrameBenchmarks).Assembly).Run(args);

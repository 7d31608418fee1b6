using System.Text;

namespace GntTui.Simulator;

/// <summary>A command that answers at once from the cluster's state (lists, info, submissions).</summary>
internal sealed class ImmediateProcess(SimulatedCluster cluster, Func<StringBuilder, StringBuilder, int> body) : SimProcess
{
    public override async Task<int> RunAsync(SimProcessIO io, CancellationToken ct)
    {
        var stdout = io.CollectingStdout ?? new StringBuilder();
        var stderr = new StringBuilder();
        var code = cluster.Locked(() => body(stdout, stderr));
        io.Err(stderr.ToString());
        if (io.IsStreaming)
        {
            await io.Out(stdout.ToString()).ConfigureAwait(false);
        }
        return code;
    }

    /// <summary>A fixed answer, for errors found while parsing the command line.</summary>
    public static ImmediateProcess Fixed(SimulatedCluster cluster, int code, string stdout, string stderr) =>
        new(cluster, (o, e) =>
        {
            o.Append(stdout);
            e.Append(stderr);
            return code;
        });
}

using GntTui.Engine.Drbd;
using GntTui.Engine.Remote;

namespace GntTui.Lab.Tests;

/// <summary>
/// The DRBD sampler over real ssh to the lab's nodes. They have no DRBD, so every capture is blank
/// (cat fails each second): what is tested is the transport, one long-lived process per node
/// riding one ControlMaster connection per node, restarts included. bench/Bench's
/// --measure-handshakes counts the handshakes themselves over 60 s.
/// </summary>
[Collection("lab")]
public sealed class LabDrbdSamplingTests
{
    [LabFact]
    public async Task Each_node_is_sampled_by_one_process_over_one_shared_connection_and_restarts_reuse_it()
    {
        var dir = Directory.CreateTempSubdirectory("gnt-tui-lab-drbd-").FullName;
        try
        {
            var shells = DrbdNodeShells.OpenSsh(new SshOptions { Target = LabEnvironment.SshTarget, ControlDirectory = Path.Combine(dir, "ctl") });
            await using (shells)
            {
                var nodes = LabEnvironment.Nodes;
                var samples = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                var withDevices = 0;
                await using var sampler = new DrbdSampler(shells.Get);
                sampler.SampleReceived += s =>
                {
                    lock (samples)
                    {
                        samples[s.Node] = samples.GetValueOrDefault(s.Node) + 1;
                        withDevices += s.Devices.Count > 0 ? 1 : 0;
                    }
                };

                sampler.SetNodes(nodes);
                await WaitForSamples(samples, nodes, 3);
                Assert.All(nodes, n => Assert.Equal(1, sampler.StreamStarts(n)));
                foreach (var n in nodes)
                {
                    Assert.True(await ((OpenSshShell)shells.Get(n)).IsMultiplexedAsync(default), $"no shared connection to {n}");
                }

                // Streams stopped and started again: new remote processes, on the same shells and masters.
                sampler.SetNodes([]);
                lock (samples)
                {
                    samples.Clear();
                }
                sampler.SetNodes(nodes);
                await WaitForSamples(samples, nodes, 2);
                Assert.All(nodes, n => Assert.Equal(2, sampler.StreamStarts(n)));
                Assert.All(sampler.Status.Values, s => Assert.Equal(DrbdStreamState.Live, s.State));
                Assert.Equal(0, withDevices);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static async Task WaitForSamples(Dictionary<string, int> samples, IReadOnlyList<string> nodes, int each)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            lock (samples)
            {
                if (nodes.All(n => samples.GetValueOrDefault(n) >= each))
                {
                    return;
                }
            }
            Assert.True(DateTime.UtcNow < until, $"fewer than {each} samples per node in 30 s");
            await Task.Delay(100);
        }
    }
}

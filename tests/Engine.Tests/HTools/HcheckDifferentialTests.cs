using System.Collections.Concurrent;
using GntTui.Engine.HTools;
using Xunit.Abstractions;

namespace GntTui.Engine.Tests.HTools;

/// <summary>
/// Our N+1 verdict against Ganeti's own, per node, on random clusters: each is written in htools'
/// text format and judged by <c>hinfo --print-nodes=name,status</c> (column F, <c>*</c> = not N+1
/// happy) and by <c>hcheck --machine-readable --no-simulation</c> (per group "Nodes not N+1 happy").
/// Ten clusters share a file (as separate groups) so 1,000 clusters cost 200 processes. Every
/// fifth file has DRBD instances split across groups.
/// </summary>
public sealed class HcheckDifferentialTests(ITestOutputHelper output)
{
    private const int Clusters = 1000;
    private const int PerFile = 10;

    [HtoolsFact]
    public void Our_n_plus_one_verdict_is_hchecks_on_a_thousand_random_clusters()
    {
        Assert.Null(Htools.Missing);
        var dir = Directory.CreateTempSubdirectory("gnttui-hcheck-");
        var disagreements = new ConcurrentQueue<string>();
        var nodesCompared = 0;
        var groupsCompared = 0;
        var failingSeen = 0;
        var passed = false;
        try
        {
            Parallel.For(0, Clusters / PerFile, new ParallelOptions { MaxDegreeOfParallelism = 2 }, file =>
            {
                var rnd = new Random(9000 + file);
                var split = file % 5 == 4;
                var clusters = Enumerable.Range(0, PerFile).Select(k => RandomClusters.One(rnd, $"c{file * PerFile + k}-", split)).ToList();
                var merged = RandomClusters.Merge(clusters);
                var path = Path.Combine(dir.FullName, $"clusters-{file}.data");
                File.WriteAllText(path, HtoolsTextWriter.Write(merged));

                var ours = HtoolsRedundancy.Model(merged).Judge();
                var status = Htools.HinfoStatus(path);
                var byGroup = Htools.HcheckN1FailByGroup(path);

                var splitAtAll = merged.Instances.Any(i => i.SecondaryNode is { } sn && merged.Nodes.First(n => n.Name == sn).GroupUuid != merged.Nodes.First(n => n.Name == i.PrimaryNode).GroupUuid);
                if (!split && splitAtAll)
                {
                    disagreements.Enqueue($"{path}: split instances in a file meant to have none");
                }
                if (status.Count == 0)
                {
                    disagreements.Enqueue($"{path}: hinfo printed no node list");
                }
                foreach (var n in merged.Nodes)
                {
                    var theirs = status.GetValueOrDefault(n.Name, '?');
                    var mine = n.Offline ? '-' : ours.For(n.Name) is not null ? '*' : ' ';
                    if (theirs != mine)
                    {
                        disagreements.Enqueue($"{path}: {n.Name}: hinfo '{theirs}', ours '{mine}' {ours.For(n.Name)?.Explain()}");
                    }
                    Interlocked.Increment(ref nodesCompared);
                }
                Interlocked.Add(ref groupsCompared, merged.Groups.Count);
                Interlocked.Add(ref failingSeen, ours.Failures.Count);
                var groupOf = merged.Nodes.ToDictionary(n => n.Name, n => n.GroupUuid, StringComparer.Ordinal);
                foreach (var g in merged.Groups)
                {
                    var mine = ours.Failures.Count(f => groupOf[f.Node] == g.Uuid);
                    if (byGroup.GetValueOrDefault(g.Uuid, -1) != mine)
                    {
                        disagreements.Enqueue($"{path}: group {g.Name}: hcheck N1_FAIL={byGroup.GetValueOrDefault(g.Uuid, -1)}, ours {mine}");
                    }
                }
            });
            output.WriteLine($"{Clusters} random clusters: {groupsCompared} groups compared with hcheck {Htools.HcheckFlags}, {nodesCompared} nodes with hinfo; {failingSeen} nodes not N+1 happy");
            Assert.True(disagreements.IsEmpty, string.Join('\n', disagreements.Take(20)));
            // The clusters must exercise both verdicts, or the comparison proves little.
            Assert.InRange(failingSeen, nodesCompared / 20, nodesCompared / 2);
            
            passed = true;
        }
        finally
        {
            // A failure keeps the files for a look with hinfo/hcheck.
            if (passed)
            {
                dir.Delete(recursive: true);
            }
        }
    }
}

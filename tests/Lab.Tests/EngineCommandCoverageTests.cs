using System.Reflection;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Lab.Tests;

/// <summary>
/// A command the Engine learns cannot land without its row in <see cref="EngineCommands"/>: every
/// concrete operation record, every <see cref="OperationKind"/> and every argv builder of
/// <see cref="GanetiQueries"/> and <see cref="DrbdQueries"/> must have a row, and every operation
/// kind a row the lab/simulator differential compares. Needs no lab.
/// </summary>
public sealed class EngineCommandCoverageTests
{
    /// <summary>Builders with no row of their own, and why.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        // A never-ending sampling loop: LabDrbdSamplingTests runs it against the lab.
        [nameof(DrbdQueries.SampleStream)] = "streams until cancelled",
        // Per object, not per cluster: LabInfoTests runs them on every lab instance and node, the simulator's answers included.
        [nameof(GanetiQueries.Info)] = "run on every lab instance and node by LabInfoTests",
        [nameof(GanetiQueries.ListTags)] = "run on every lab instance and node by LabInfoTests",
        // Ganeti's answer for the fake hypervisor, lab and simulator alike.
        [nameof(GanetiQueries.InstanceConsole)] = "asked of lab instances by LabInfoTests and LabConsoleDetailTests",
    };

    private static readonly IReadOnlyList<GanetiOperation> Operations = [.. EngineCommands.All.Where(r => r.Operation is not null).Select(r => r.Operation!(1))];

    [Fact]
    public void Every_operation_record_has_a_row()
    {
        var records = typeof(GanetiOperation).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(GanetiOperation)) && !t.IsAbstract).ToHashSet();

        Assert.NotEmpty(records);
        Assert.Empty(records.Except(Operations.Select(o => o.GetType())).Select(t => t.Name));
    }

    [Fact]
    public void Every_operation_kind_has_a_row_and_a_compared_row()
    {
        var compared = EngineCommands.All.Where(r => r.Operation is not null && r.NotCompared is null).Select(r => r.Operation!(1).Kind).ToHashSet();

        Assert.Empty(Enum.GetValues<OperationKind>().Except(Operations.Select(o => o.Kind)));
        Assert.Empty(Enum.GetValues<OperationKind>().Except(compared));
    }

    [Fact]
    public void Every_query_the_engine_builds_has_a_row()
    {
        var rows = EngineCommands.All.Where(r => r.Query is not null).Select(r => string.Join(' ', r.Argv(1))).ToHashSet();
        var missing = new List<string>();
        foreach (var type in new[] { typeof(GanetiQueries), typeof(DrbdQueries) })
        {
            foreach (var m in type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.ReturnType == typeof(IReadOnlyList<string>)))
            {
                if (Exempt.ContainsKey(m.Name))
                {
                    continue;
                }
                var args = m.GetParameters().Select(p => ArgumentFor(p.ParameterType)).ToArray();
                var argv = string.Join(' ', (IReadOnlyList<string>)m.Invoke(null, args)!);
                if (!rows.Any(r => r.StartsWith(argv, StringComparison.Ordinal)))
                {
                    missing.Add($"{type.Name}.{m.Name}: {argv}");
                }
            }
        }
        Assert.Empty(missing);
    }

    /// <summary>A sample argument for a query builder's parameter: a job id, a node name, or a list of job ids.</summary>
    private static object ArgumentFor(Type type) =>
        type == typeof(long) ? 1L
        : type == typeof(string) ? EngineCommands.N1
        : type.IsAssignableFrom(typeof(long[])) ? new[] { 1L }
        : throw new NotSupportedException($"no sample argument for {type}: teach {nameof(ArgumentFor)} one");

    [Fact]
    public void Rows_have_unique_names_and_each_skip_says_why()
    {
        Assert.Equal(EngineCommands.All.Count, EngineCommands.All.Select(r => r.Name).Distinct().Count());
        Assert.All(EngineCommands.All.Where(r => r.NotCompared is not null), r => Assert.True(r.NotCompared!.Length > 20, r.Name));
    }
}

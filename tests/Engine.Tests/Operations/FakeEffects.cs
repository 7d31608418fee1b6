namespace GntTui.Engine.Tests.Operations;

/// <summary>What a fake job does to the fake cluster, with Ganeti's own log lines and failures.</summary>
internal static class FakeEffects
{
    private const string Ts = "Sat Nov 21 13:04:22 2026 ";

    public static IEnumerable<string> Apply(FakeCluster c, string verb, Dictionary<string, string> o, string target) => verb switch
    {
        "modify" => Modify(c, o, target),
        "migrate" => Migrate(c, o, target),
        "failover" => Failover(c, o, target),
        "replace-disks" => NewSecondary(c, target),
        _ => throw new InvalidOperationException(verb),
    };

    private static IEnumerable<string> Modify(FakeCluster c, Dictionary<string, string> o, string target)
    {
        var node = c.Node(target);
        if (o.TryGetValue("--drained", out var d))
        {
            if (node.Master)
            {
                throw new FakeJobFailed("Failure: prerequisites not met for this operation:\nerror type: wrong_input, error details:\nThe master role can be changed only via master-failover");
            }
            node.Drained = d == "yes";
        }
        if (o.TryGetValue("-O", out var off))
        {
            node.Offline = off == "yes";
        }
        return [$"Modified node {target}"];
    }

    private static IEnumerable<string> Migrate(FakeCluster c, Dictionary<string, string> o, string target)
    {
        var i = c.Inst(target);
        if (!i.Mirrored)
        {
            throw new FakeJobFailed($"Failure: prerequisites not met for this operation:\nerror type: wrong_state, error details:\nInstance's disk layout '{i.Template}' does not allow migrations");
        }
        if (!i.Running)
        {
            throw new FakeJobFailed("Failure: prerequisites not met for this operation:\nerror type: wrong_state, error details:\nCan't migrate, please use failover: Instance is down");
        }
        if (c.FailMigration.TryGetValue(target, out var why))
        {
            throw new FakeJobFailed($"Failure: command execution error:\nCould not migrate instance {target}: {why}",
                Ts + "Migrating instance " + target, Ts + "Migration failed, aborting");
        }
        var to = Move(c, i, o);
        return [Ts + "Migrating instance " + target, Ts + "* starting memory transfer", Ts + $"* migrating instance to {to}", Ts + "* done"];
    }

    private static IEnumerable<string> Failover(FakeCluster c, Dictionary<string, string> o, string target)
    {
        var i = c.Inst(target);
        if (!i.Mirrored)
        {
            throw new FakeJobFailed($"Failure: prerequisites not met for this operation:\nerror type: wrong_state, error details:\nInstance's disk layout '{i.Template}' does not allow failovers");
        }
        var to = Move(c, i, o);
        return [Ts + "Failover instance " + target, Ts + $"* starting the instance on the target node {to}"];
    }

    private static IEnumerable<string> NewSecondary(FakeCluster c, string target)
    {
        var i = c.Inst(target);
        var to = c.Nodes.First(n => !n.Offline && !n.Drained && n.Name != i.Primary && n.Name != i.Secondary).Name;
        i.Secondary = to;
        return [Ts + $"STEP 1/6 Check device existence", Ts + $"Replacing secondary with {to}"];
    }

    private static string Move(FakeCluster c, FakeInstance i, Dictionary<string, string> o)
    {
        string to;
        if (i.Template == "drbd")
        {
            to = i.Secondary!;
            i.Secondary = i.Primary;
        }
        else
        {
            to = o.TryGetValue("-n", out var n) ? n : c.Nodes.First(x => !x.Offline && !x.Drained && x.Name != i.Primary).Name;
        }
        if (c.Node(to).Offline)
        {
            throw new FakeJobFailed($"Failure: prerequisites not met for this operation:\nerror type: environment_error, error details:\nCan't get data from node {to}: Node is marked offline");
        }
        i.Primary = to;
        return to;
    }
}

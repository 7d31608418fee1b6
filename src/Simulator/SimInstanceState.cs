namespace GntTui.Simulator;

/// <summary>An instance's live state as Ganeti derives it from config and what the nodes report.</summary>
internal static class SimInstanceState
{
    public static string Status(SimInstance i)
    {
        if (i.AdminState == SimAdminState.Offline)
        {
            return "ADMIN_offline";
        }
        var p = i.PrimaryNode;
        if (p.Offline)
        {
            return "ERROR_nodeoffline";
        }
        if (!p.PoweredOn)
        {
            return "ERROR_nodedown";
        }
        if (ReferenceEquals(i.RunningOn, p))
        {
            return i.AdminState == SimAdminState.Up ? "running" : "ERROR_up";
        }
        if (i.RunningOn is not null)
        {
            return "ERROR_wrongnode";
        }
        return i.AdminState == SimAdminState.Up ? "ERROR_down" : "ADMIN_down";
    }

    /// <summary>The primary's answer for live fields: null when it answered, else "*" or "?".</summary>
    public static SimValue? Unanswered(SimInstance i) =>
        i.PrimaryNode.Offline ? SimValue.Offline : !i.PrimaryNode.PoweredOn ? SimValue.NoData : null;

    public static SimValue OperState(SimInstance i) =>
        Unanswered(i) ?? SimValue.Of(ReferenceEquals(i.RunningOn, i.PrimaryNode));

    public static SimValue OperRam(SimInstance i) =>
        Unanswered(i) ?? (ReferenceEquals(i.RunningOn, i.PrimaryNode) ? SimValue.Of(i.MemoryMiB) : SimValue.Unavailable);

    public static SimValue OperVcpus(SimInstance i) =>
        Unanswered(i) ?? (ReferenceEquals(i.RunningOn, i.PrimaryNode) ? SimValue.Of(i.Vcpus) : SimValue.Unavailable);

    public static string AdminStateText(SimInstance i) => i.AdminState switch
    {
        SimAdminState.Up => "up",
        SimAdminState.Down => "down",
        _ => "offline",
    };
}

namespace GntTui.Simulator;

/// <summary>The prerequisite checks Ganeti's LUs share, with Ganeti's messages and error codes.</summary>
internal static class SimChecks
{
    public static SimInstance Instance(SimulatedCluster c, string name) =>
        c.FindInstance(name) ?? throw SimOpException.Prereq($"Instance '{name}' not known", "unknown_entity");

    public static SimNode Node(SimulatedCluster c, string name) =>
        c.FindNode(name) ?? throw SimOpException.Prereq($"Node '{name}' not known", "unknown_entity");

    public static void Online(SimNode node, string message = "Can't use offline node")
    {
        if (node.Offline)
        {
            throw SimOpException.Prereq($"{message}: {node.Name}", "wrong_state");
        }
    }

    public static void NotDrained(SimNode node)
    {
        if (node.Drained)
        {
            throw SimOpException.Prereq($"Can't use drained node {node.Name}", "wrong_state");
        }
    }

    /// <summary>Why an RPC to the node fails, or null when it answers.</summary>
    public static string? RpcFailure(SimNode node) =>
        node.Offline ? "Node is marked offline"
        : !node.PoweredOn ? $"Error 7: Failed to connect to {node.PrimaryIp} port 1811: No route to host"
        : null;

    /// <summary>CheckNodeFreeMemory: asks the node's hypervisor how much memory is free.</summary>
    public static long FreeMemory(SimNode node, string reason, long needed)
    {
        if (RpcFailure(node) is { } why)
        {
            throw SimOpException.Prereq($"Can't get data from node {node.Name}: {why}", "environment_error");
        }
        if (needed > node.MemoryFreeMiB)
        {
            throw SimOpException.Prereq(
                $"Not enough memory on node {node.Name} for {reason}: needed {needed} MiB, available {node.MemoryFreeMiB} MiB",
                "insufficient_resources");
        }
        return node.MemoryFreeMiB;
    }
}

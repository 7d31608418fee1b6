using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// The summary Ganeti gives a job for an operation ("INSTANCE_MIGRATE(inst1.example.com)"), so a
/// placeholder reads like the real row that replaces it and <see cref="CurrentJobIndex"/> finds it.
/// </summary>
internal static class OpcodeSummary
{
    // Ganeti's cluster opcodes name no object, so their summary is the bare opcode.
    public static string Of(GanetiOperation operation) => operation is ClusterSetDrbdResyncRate
        ? Opcode(operation.Kind)
        : $"{Opcode(operation.Kind)}({operation.TargetName})";

    private static string Opcode(OperationKind kind) => kind switch
    {
        OperationKind.InstanceStartup => "INSTANCE_STARTUP",
        OperationKind.InstanceShutdown => "INSTANCE_SHUTDOWN",
        OperationKind.InstanceReboot => "INSTANCE_REBOOT",
        OperationKind.InstanceMigrate => "INSTANCE_MIGRATE",
        OperationKind.InstanceFailover => "INSTANCE_FAILOVER",
        OperationKind.InstanceReplaceDisks => "INSTANCE_REPLACE_DISKS",
        OperationKind.InstanceActivateDisks => "INSTANCE_ACTIVATE_DISKS",
        OperationKind.ClusterSetDrbdResyncRate => "CLUSTER_SET_PARAMS",
        OperationKind.NodeMigrate => "NODE_MIGRATE",
        OperationKind.NodeEvacuate => "NODE_EVACUATE",
        OperationKind.JobCancel => "JOB_CANCEL",
        _ => "NODE_SET_PARAMS",
    };
}

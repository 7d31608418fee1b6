namespace GntTui.Engine.Ganeti.Operations;

public enum OperationKind
{
    InstanceStartup,
    InstanceShutdown,
    InstanceReboot,
    InstanceMigrate,
    InstanceFailover,
    InstanceReplaceDisks,
    InstanceActivateDisks,
    NodeMigrate,
    NodeEvacuate,
    NodeSetDrained,
    NodeSetOffline,
    NodeSetMasterCandidate,
    JobCancel,
    ClusterSetDrbdResyncRate,
}

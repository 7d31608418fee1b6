namespace GntTui.Engine.Ganeti.Operations;

public enum OperationKind
{
    InstanceStartup,
    InstanceShutdown,
    InstanceReboot,
    InstanceMigrate,
    InstanceFailover,
    InstanceReplaceDisks,
    NodeMigrate,
    NodeEvacuate,
    NodeSetDrained,
    NodeSetOffline,
    NodeSetMasterCandidate,
    JobCancel,
}

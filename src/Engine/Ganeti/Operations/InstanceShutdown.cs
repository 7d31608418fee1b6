using System.Globalization;

namespace GntTui.Engine.Ganeti.Operations;

public sealed record InstanceShutdown(string Name, string Why = "", int? TimeoutSeconds = null) : InstanceOperation(Name, Why)
{
    public override string Verb => "shutdown";
    public override OperationKind Kind => OperationKind.InstanceShutdown;

    protected override IEnumerable<string> Command()
    {
        yield return "gnt-instance";
        yield return "shutdown";
        yield return "--submit";
        if (TimeoutSeconds is { } t)
        {
            yield return "--timeout";
            yield return t.ToString(CultureInfo.InvariantCulture);
        }
    }
}

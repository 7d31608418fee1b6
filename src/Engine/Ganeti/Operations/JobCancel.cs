using System.Globalization;

namespace GntTui.Engine.Ganeti.Operations;

/// <summary><c>gnt-job cancel</c>: only queued or waiting jobs can be cancelled. It has no --submit or --reason.</summary>
public sealed record JobCancel(long JobId) : GanetiOperation("")
{
    public override string TargetName => "job " + JobId.ToString(CultureInfo.InvariantCulture);
    public override string Verb => "cancel";
    public override OperationKind Kind => OperationKind.JobCancel;

    protected override IEnumerable<string> Command() => ["gnt-job", "cancel"];

    protected override IEnumerable<string> Arguments() => [JobId.ToString(CultureInfo.InvariantCulture)];
}

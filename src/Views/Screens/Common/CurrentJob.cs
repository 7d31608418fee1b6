using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens.Common;

/// <summary>A job in flight that names an object, with the opcode that names it ("migrate").</summary>
internal sealed record CurrentJob(GanetiJob Job, string Operation)
{
    /// <summary>"#123 migrate": the id first, so the operator can <c>gnt-job watch</c> it.</summary>
    public string Text => $"#{Job.Id} {Operation}";
}

namespace GntTui.Simulator;

/// <summary>A parsed gnt-* call, with what the handlers need to submit jobs on the caller's behalf.</summary>
internal sealed record GntInvocation(SimulatedCluster Cluster, string Binary, string Command, GntArgs Args)
{
    public IReadOnlyList<string> Positional => Args.Positional;

    public SimClientInfo Client() => new(Binary, Command, Args.Value("reason"), Cluster.Scheduler.Now);

    public SimProcess Output(int code, string stdout, string stderr = "") => ImmediateProcess.Fixed(Cluster, code, stdout, stderr);

    public SimProcess Fail(SimOpException e) => Output(1, "", e.Format() + "\n");

    /// <summary>A yes/no question with no terminal to ask on: Ganeti takes it as "no", prints nothing, exits 1.</summary>
    public SimProcess DeclinedPrompt() => Output(1, "");
}

namespace GntTui.Simulator;

/// <summary>
/// cli.SubmitOrSend: with --submit print "JobID: N" and return; otherwise wait for the job like the
/// client does. The job id goes to stderr: Ganeti raises JobSubmittedException and GenericMain
/// prints it through FormatError, like an error. The many-instance commands (startup, shutdown,
/// reboot: GenericManyOps) queue through a JobExecutor instead, whose WaitOrShow prints
/// "N: NAME" on stdout, one line per job.
/// </summary>
internal static class Submission
{
    public static SimProcess SubmitOrSend(GntInvocation inv, Func<SimClientInfo, SimOpcode> opcode, SyncStyle style, string name,
        string? allGood = null, string? someBad = null)
    {
        var c = inv.Cluster;
        if (inv.Args.Flag("submit"))
        {
            return new ImmediateProcess(c, (stdout, stderr) =>
            {
                var job = c.Queue.Submit(opcode(inv.Client()));
                if (style == SyncStyle.WaitingForNamed)
                {
                    stdout.Append(job.Id).Append(": ").Append(name).Append('\n');
                }
                else
                {
                    stderr.Append("JobID: ").Append(job.Id).Append('\n');
                }
                return 0;
            });
        }
        return new SyncJobProcess(c, () => opcode(inv.Client()), style, name, allGood, someBad);
    }

    /// <summary>A real Ganeti command the simulator does not model: said so plainly, never a silent success.</summary>
    public static Func<GntInvocation, SimProcess> NotSimulated => inv => inv.Output(1, "",
        $"Failure: command execution error:\nThe simulated cluster does not implement '{inv.Binary} {inv.Command}'\n");
}

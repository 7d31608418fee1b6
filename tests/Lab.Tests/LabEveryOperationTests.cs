using System.Globalization;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Operations;

namespace GntTui.Lab.Tests;

/// <summary>
/// Every operation the Engine can send, submitted through the OperationRunner exactly as the console
/// does: the job id it reads is the one `gnt-job list` shows for that opcode, the job is followed to
/// its end, and the job's final status and the audit row agree with what Ganeti did. Refusals
/// (unknown names, nothing to move, Ganeti's own traceback) end as audited refusals, never as a
/// success or an "unparseable" answer. What the lab cannot run is listed on <see cref="EngineCommands"/>.
/// </summary>
[Collection("lab")]
public sealed class LabEveryOperationTests : ResettingLabTest
{
    public LabEveryOperationTests() : base("every-op")
    {
    }

    public static TheoryData<int> Sections => new(EngineCommands.Sections);

    [LabTheory]
    [MemberData(nameof(Sections))]
    public async Task Each_operation_of_the_section_ends_with_ganetis_status_in_the_job_and_the_audit_row(int section)
    {
        await using var lab = new LabEngine(Dir);
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        try
        {
            await RunSectionAsync(lab, section, cts.Token);
        }
        finally
        {
            foreach (var undo in EngineCommands.InSection(section).SelectMany(r => r.LabUndo))
            {
                await LabEnvironment.SshAsync([.. undo]);
            }
        }
        lab.AssertAuditComplete();
    }

    private static async Task RunSectionAsync(LabEngine lab, int section, CancellationToken ct)
    {
        var pending = new List<(EngineCommand Row, SubmittedOperation Sent)>();
        long previousJob = 0;
        foreach (var row in EngineCommands.InSection(section))
        {
            var op = row.Operation!(previousJob);
            foreach (var setup in row.LabSetup)
            {
                await LabEnvironment.SshAsync([.. setup]);
            }
            if (row.Expect is "submit-failed" or "nothing-to-do")
            {
                var e = await Assert.ThrowsAsync<GanetiException>(() => lab.Runner.SubmitAsync(op, ct));
                var refused = lab.Audit.Recent()[0];
                Assert.True(row.Expect == refused.Status, $"{row.Name}: audit {refused.Status} ({e.Kind}: {e.Message})");
                Assert.NotEqual(GanetiErrorKind.Unparseable, e.Kind);
                Console.WriteLine($"{row.Name}: {e.Kind}: {e.Message}");
                continue;
            }
            var sent = await lab.Runner.SubmitAsync(op, ct);
            await AssertListedAsync(row, op, sent.JobId);
            previousJob = sent.JobId;
            if (!row.Follow)
            {
                pending.Add((row, sent));
                continue;
            }
            await AssertEndAsync(lab, row, sent, ct);
            if (pending.Count == 0)
            {
                // A node migrate or evacuate ends when its parent job has queued the per-instance ones.
                await lab.WaitForIdleAsync(TimeSpan.FromMinutes(3));
            }
        }
        foreach (var (row, sent) in pending)
        {
            await AssertEndAsync(lab, row, sent, ct);
        }
        await lab.WaitForIdleAsync(TimeSpan.FromMinutes(3));
    }

    private static async Task AssertEndAsync(LabEngine lab, EngineCommand row, SubmittedOperation sent, CancellationToken ct)
    {
        var outcome = await lab.Runner.FollowAsync(sent.AuditId, sent.JobId, null, ct);
        var status = outcome.Status.ToString().ToLowerInvariant();
        Assert.True(row.Expect == status, $"{row.Name}: job {sent.JobId} ended {status}: {outcome.FailureText}");
        var audit = lab.Audit.Get(sent.AuditId)!;
        Assert.Equal((status, sent.JobId), (audit.Status, audit.JobId));
        Console.WriteLine($"{row.Name}: job {sent.JobId} {status}{(outcome.FailureText is { } f ? ": " + f : "")}");
    }

    /// <summary>The id the Engine read is the newest job `gnt-job list` shows for this opcode.</summary>
    private static async Task AssertListedAsync(EngineCommand row, GanetiOperation op, long jobId)
    {
        var lines = (await LabEnvironment.SshAsync("gnt-job", "list", "--no-headers", "--separator=|", "-o", "id,summary"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|', 2)).ToList();
        var summary = lines.Single(l => long.Parse(l[0], CultureInfo.InvariantCulture) == jobId)[1];
        var opcode = Opcode(op);
        Assert.True(summary.StartsWith(opcode, StringComparison.Ordinal), $"{row.Name}: job {jobId} is {summary}, not {opcode}");
        if (op is not JobCancel)
        {
            Assert.Contains(op.TargetName == "cluster" ? "" : op.TargetName, summary, StringComparison.Ordinal);
            Assert.Equal(jobId, lines.Where(l => l[1] == summary).Max(l => long.Parse(l[0], CultureInfo.InvariantCulture)));
        }
    }

    private static string Opcode(GanetiOperation op) => op.Kind switch
    {
        OperationKind.InstanceStartup => "INSTANCE_STARTUP",
        OperationKind.InstanceShutdown => "INSTANCE_SHUTDOWN",
        OperationKind.InstanceReboot or OperationKind.JobCancel => "INSTANCE_REBOOT",
        OperationKind.InstanceMigrate => "INSTANCE_MIGRATE",
        OperationKind.InstanceFailover => "INSTANCE_FAILOVER",
        OperationKind.InstanceReplaceDisks => "INSTANCE_REPLACE_DISKS",
        OperationKind.InstanceActivateDisks => "INSTANCE_ACTIVATE_DISKS",
        OperationKind.NodeMigrate => "NODE_MIGRATE",
        OperationKind.NodeEvacuate => "NODE_EVACUATE",
        OperationKind.NodeSetDrained or OperationKind.NodeSetOffline or OperationKind.NodeSetMasterCandidate => "NODE_SET_PARAMS",
        _ => "CLUSTER_SET_PARAMS",
    };
}

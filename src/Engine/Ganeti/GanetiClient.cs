using System.Diagnostics;
using GntTui.Engine.Ganeti.Info;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Ganeti;

/// <summary>
/// Typed access to a Ganeti master through an <see cref="IRemoteShell"/>: queries, and the single
/// door every mutation goes through (which is where read-only mode is enforced).
/// </summary>
public sealed class GanetiClient
{
    private readonly IRemoteShell _shell;
    private readonly NodeListParser _nodes = new();
    private readonly InstanceListParser _instances = new();
    private readonly JobListParser _jobs = new();

    /// <summary>Ganeti's yes/no prompt ends with these choices (cli.AskUser).</summary>
    private const string PromptChoices = "y/[n]/?: ";

    private const string ConfirmAnswer = "y\n";

    public GanetiClient(IRemoteShell shell, bool readOnly = false, TimeSpan? timeout = null)
    {
        _shell = shell;
        IsReadOnly = readOnly;
        Timeout = timeout ?? TimeSpan.FromSeconds(60);
    }

    public IRemoteShell Shell => _shell;

    public bool IsReadOnly { get; }

    public TimeSpan Timeout { get; }

    /// <summary>Cluster name, master and version, in one round trip.</summary>
    public async Task<ClusterInfo> GetClusterInfoAsync(CancellationToken ct)
    {
        var r = await _shell.RunBatchAsync([GanetiQueries.ClusterInfo(), GanetiQueries.ClusterVersion()], Timeout, ct).ConfigureAwait(false);
        Ensure(r[0], "gnt-cluster info");
        return ClusterInfoParser.Parse(r[0].Stdout, r[1].Succeeded ? r[1].Stdout : "")
            ?? throw new GanetiException(GanetiErrorKind.Unparseable, "gnt-cluster info printed no cluster name or master", rawOutput: r[0].Stdout);
    }

    /// <summary>Nodes, instances and jobs in ONE round trip.</summary>
    public async Task<ClusterData> FetchAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var r = await _shell.RunBatchAsync([GanetiQueries.NodeList(), GanetiQueries.InstanceList(), GanetiQueries.JobList()], Timeout, ct).ConfigureAwait(false);
        Ensure(r[0], "gnt-node list");
        Ensure(r[1], "gnt-instance list");
        Ensure(r[2], "gnt-job list");
        var nodes = ParseOrThrow(_nodes, r[0].Stdout, "gnt-node list");
        var instances = ParseOrThrow(_instances, r[1].Stdout, "gnt-instance list");
        var jobs = ParseOrThrow(_jobs, r[2].Stdout, "gnt-job list");
        return ClusterData.From(nodes, instances, jobs, Stopwatch.GetElapsedTime(started));
    }

    public async Task<IReadOnlyList<GanetiNode>> ListNodesAsync(CancellationToken ct) =>
        ParseOrThrow(_nodes, await RunOkAsync(GanetiQueries.NodeList(), ct).ConfigureAwait(false), "gnt-node list").Rows;

    public async Task<IReadOnlyList<GanetiInstance>> ListInstancesAsync(CancellationToken ct) =>
        ParseOrThrow(_instances, await RunOkAsync(GanetiQueries.InstanceList(), ct).ConfigureAwait(false), "gnt-instance list").Rows;

    public async Task<IReadOnlyList<GanetiJob>> ListJobsAsync(CancellationToken ct) =>
        ParseOrThrow(_jobs, await RunOkAsync(GanetiQueries.JobList(), ct).ConfigureAwait(false), "gnt-job list").Rows;

    /// <summary>One job's row, or null when Ganeti no longer knows it (archived).</summary>
    public async Task<GanetiJob?> GetJobAsync(long id, CancellationToken ct)
    {
        var argv = (IReadOnlyList<string>)[.. GanetiQueries.JobList(), id.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        var r = await _shell.RunAsync(argv, Timeout, ct).ConfigureAwait(false);
        if (!r.Succeeded)
        {
            throw GanetiErrorParser.FromResult(r, "gnt-job list");
        }
        return _jobs.Parse(r.Stdout).Rows.FirstOrDefault(j => j.Id == id);
    }

    /// <summary>The text of <c>gnt-job info</c> for these jobs (opcodes with their reason trails, logs).</summary>
    public async Task<string> JobInfoTextAsync(IReadOnlyList<long> ids, CancellationToken ct) =>
        await RunOkAsync(GanetiQueries.JobInfo(ids), ct).ConfigureAwait(false);

    /// <summary><c>gnt-instance info</c> / <c>gnt-node info</c> of one object in sections, with its tags, in one round trip.</summary>
    public async Task<ObjectInfo> InfoAsync(InfoKind kind, string name, CancellationToken ct)
    {
        var r = await _shell.RunBatchAsync([GanetiQueries.Info(kind, name), GanetiQueries.ListTags(kind, name)], Timeout, ct).ConfigureAwait(false);
        var command = string.Join(' ', GanetiQueries.Info(kind, name).Take(2));
        Ensure(r[0], command);
        var tags = r[1].Succeeded ? r[1].Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
        try
        {
            return ObjectInfoParser.Parse(r[0].Stdout, kind, tags);
        }
        catch (FormatException e)
        {
            throw new GanetiException(GanetiErrorKind.Unparseable, $"{command}: {e.Message}", rawOutput: r[0].Stdout);
        }
    }

    /// <summary>
    /// What <c>gnt-instance console --show-cmd</c> answers: the ssh command of a console to attach
    /// to, or Ganeti's message when there is none (the fake hypervisor's "Console not available",
    /// a VNC or SPICE address). A stopped or unknown instance is Ganeti's error.
    /// </summary>
    public async Task<ConsoleAnswer> AskConsoleAsync(string instance, CancellationToken ct)
    {
        var r = await _shell.RunAsync(GanetiQueries.InstanceConsole(instance, showCommand: true), Timeout, ct).ConfigureAwait(false);
        Ensure(r, "gnt-instance console");
        var text = r.Stdout.Trim();
        // _DoConsole prints utils.ShellQuoteArgs of ssh.BuildCmd for a CONS_SSH console, and only for one.
        return new ConsoleAnswer(text.StartsWith("ssh ", StringComparison.Ordinal), Text.UntrustedText.Block(text));
    }

    /// <summary>
    /// Runs <c>gnt-instance console NAME</c> on the user's terminal until it ends; its exit code.
    /// Not a mutation: Ganeti queries the instance and submits no job, so read-only mode allows it.
    /// </summary>
    public int AttachConsole(string instance)
    {
        var argv = GanetiQueries.InstanceConsole(instance, showCommand: false);
        return _shell is IInteractiveShell terminal
            ? terminal.RunInteractive(argv)
            : throw new GanetiException(GanetiErrorKind.InvalidInput, $"{_shell.Target} cannot lend a terminal to a console");
    }

    /// <summary>Findings of <c>gnt-cluster verify --error-codes</c> (it exits 1 when it finds errors).</summary>
    public async Task<IReadOnlyList<VerifyFinding>> VerifyAsync(CancellationToken ct)
    {
        var r = await _shell.RunAsync(GanetiQueries.ClusterVerify(), TimeSpan.FromMinutes(5), ct).ConfigureAwait(false);
        var findings = VerifyOutputParser.Parse(r.Stdout);
        if (!r.Succeeded && findings.Count == 0)
        {
            throw GanetiErrorParser.FromResult(r, "gnt-cluster verify");
        }
        return findings;
    }

    /// <summary>
    /// Sends a mutation and returns its job id. The only way the Engine changes a cluster, so
    /// read-only mode refuses here, whatever called it.
    /// </summary>
    public async Task<long> SubmitAsync(GanetiOperation operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (IsReadOnly)
        {
            throw new GanetiException(GanetiErrorKind.ReadOnly, $"read-only mode: refusing to {operation.Verb} {operation.TargetName}");
        }
        var argv = operation.BuildArgv();
        var r = operation is InstanceFailover { IgnoreConsistency: true } && _shell is ITerminalShell terminal
            ? AfterPrompt(await terminal.RunWithTerminalAsync(argv, ConfirmAnswer, Timeout, ct).ConfigureAwait(false))
            : await _shell.RunAsync(argv, Timeout, ct).ConfigureAwait(false);
        if (!r.Succeeded)
        {
            throw GanetiErrorParser.FromResult(r, argv[0] + " " + argv[1]);
        }
        if (operation is JobCancel cancel)
        {
            return cancel.JobId;
        }
        var submitted = SubmitOutputParser.Parse(r.Stdout, r.Stderr);
        if (submitted.SingleJobId is { } jobId)
        {
            return jobId;
        }
        var output = (r.Stdout + "\n" + r.Stderr).Trim();
        if (submitted.Jobs.Count > 1)
        {
            throw new GanetiException(GanetiErrorKind.Unparseable,
                $"{argv[0]} {argv[1]} queued {submitted.Jobs.Count} jobs ({string.Join(", ", submitted.Jobs.Select(j => j.Id))}) for one operation", rawOutput: output);
        }
        // "No instances to evacuate on node(s) X, exiting." / "No primary instances on node X, exiting.":
        // exit 0 and no job, because there was nothing to move.
        if (output.Contains(", exiting.", StringComparison.Ordinal) && output.StartsWith("No ", StringComparison.Ordinal))
        {
            throw new GanetiException(GanetiErrorKind.NothingToDo, output, rawOutput: output);
        }
        throw new GanetiException(GanetiErrorKind.Unparseable, $"{argv[0]} {argv[1]} did not print a job id", rawOutput: output);
    }

    /// <summary>
    /// What a terminal run printed after Ganeti's last question: the echoed answer and the question
    /// go, so "JobID: N" and a "Failure: …" start their lines again (the job id otherwise follows
    /// the prompt on the same line). ssh's own "Connection … closed." on stderr goes too.
    /// </summary>
    private static CommandResult AfterPrompt(CommandResult r)
    {
        var at = r.Stdout.LastIndexOf(PromptChoices, StringComparison.Ordinal);
        return at < 0 ? r : r with { Stdout = r.Stdout[(at + PromptChoices.Length)..].TrimStart(), Stderr = "" };
    }

    private async Task<string> RunOkAsync(IReadOnlyList<string> argv, CancellationToken ct)
    {
        var r = await _shell.RunAsync(argv, Timeout, ct).ConfigureAwait(false);
        Ensure(r, argv[0] + " " + argv[1]);
        return r.Stdout;
    }

    private static void Ensure(CommandResult r, string command)
    {
        if (!r.Succeeded)
        {
            throw GanetiErrorParser.FromResult(r, command);
        }
    }

    /// <summary>Some bad lines are reported with the rest; nothing but bad lines means the format is not what we think.</summary>
    private static ParseResult<T> ParseOrThrow<T>(SeparatedListParser<T> parser, string output, string command)
    {
        var result = parser.Parse(output);
        if (result.Rows.Count == 0 && result.Problems.Count > 0)
        {
            throw new GanetiException(GanetiErrorKind.Unparseable, $"{command}: output not understood ({result.Problems[0]})", rawOutput: output);
        }
        return result;
    }
}

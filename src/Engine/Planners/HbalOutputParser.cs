using System.Text.RegularExpressions;

namespace GntTui.Engine.Planners;

/// <summary>
/// Reads <c>hbal -C</c>'s stdout (Ganeti 3.0.2, Program/Hbal.hs and Cluster.hs printSolutionLine /
/// formatCmds) with a table of named patterns, one per line kind, in the spirit of Ganeti's own
/// drbd_info.py. Lines before the command list that no pattern knows are kept as notes (shown to the
/// operator); in the command list every line must be known, since what is sent comes from there.
/// </summary>
public static partial class HbalOutputParser
{
    [GeneratedRegex(@"^Loaded \d+ nodes, \d+ instances$|^Group size \d+ nodes, \d+ instances$|^Trying to minimize the CV\.\.\.$|^Initial check done: 0 bad nodes, 0 bad instances\.$|^Solution length=\d+$|^Note: Stripping common suffix of '.*' from names$|^optimum score due to N\+1 reservations .*$|^minimum score .*\)\.$|^Nothing to do, exiting$|^Got job IDs .*$")]
    private static partial Regex Quiet();

    [GeneratedRegex(@"^Selected node group: (?<group>.+)$")]
    private static partial Regex Group();

    [GeneratedRegex(@"^Initial (?:score:|coefficients: overall) (?<score>[-+0-9.eE]+)$")]
    private static partial Regex Initial();

    [GeneratedRegex(@"^\s*(?<pos>\d+)\. (?<inst>\S+)\s+(?<from>\S+)\s+=> (?<to>\S+)\s+(?<score>[-+0-9.eE]+) a=(?<moves>.+)$")]
    private static partial Regex Move();

    [GeneratedRegex(@"^No solution found$")]
    private static partial Regex NoSolution();

    [GeneratedRegex(@"^Cluster score improved from (?<from>[-+0-9.eE]+) to (?<to>[-+0-9.eE]+)$")]
    private static partial Regex Improved();

    [GeneratedRegex(@"^Final coefficients:\s+overall (?<score>[-+0-9.eE]+)$")]
    private static partial Regex Final();

    [GeneratedRegex(@"^Cluster is already well balanced \(initial score (?<score>[-+0-9.eE]+),$")]
    private static partial Regex WellBalanced();

    [GeneratedRegex(@"^Cluster is empty, exiting\.$")]
    private static partial Regex Empty();

    [GeneratedRegex(@"^(?:Commands to run to reach the above solution|First set of jobs):$")]
    private static partial Regex CommandsStart();

    [GeneratedRegex(@"^\s*echo jobset (?<set>\d+), (?<count>\d+) jobs?$")]
    private static partial Regex Jobset();

    [GeneratedRegex(@"^\s*echo job (?<set>\d+)/(?<job>\d+)$")]
    private static partial Regex Job();

    [GeneratedRegex(@"^\s*check$")]
    private static partial Regex Check();

    [GeneratedRegex(@"^\s*gnt-instance (?<verb>migrate -f|failover -f|replace-disks)(?: -n (?<node>\S+))? (?<inst>\S+)$")]
    private static partial Regex Command();

    public static HbalPlan Parse(string stdout, string stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var output = stdout.Replace("\r", "", StringComparison.Ordinal);
        var outcome = (HbalOutcome?)null;
        string? group = null;
        double? initial = null, final = null;
        var moves = new List<HbalMove>();
        var jobs = new List<HbalJob>();
        var notes = new List<string>();
        var inCommands = false;
        (int Set, int Index, List<HbalCommand> Commands)? job = null;

        void EndJob()
        {
            if (job is { } j)
            {
                jobs.Add(new HbalJob(j.Set, j.Index, j.Commands));
            }

            job = null;
        }

        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            Match m;
            if (inCommands)
            {
                if ((m = Jobset().Match(line)).Success || Check().IsMatch(line))
                {
                    continue;
                }

                if ((m = Job().Match(line)).Success)
                {
                    EndJob();
                    job = (HtoolsOutput.Integer(m.Groups["set"].Value), HtoolsOutput.Integer(m.Groups["job"].Value), []);
                    continue;
                }

                if ((m = Command().Match(line)).Success && job is { } current)
                {
                    var verb = m.Groups["verb"].Value switch
                    {
                        "migrate -f" => HbalVerb.Migrate,
                        "failover -f" => HbalVerb.Failover,
                        _ => HbalVerb.ReplaceDisks,
                    };
                    var node = m.Groups["node"].Success ? m.Groups["node"].Value : null;
                    if (verb == HbalVerb.ReplaceDisks && node is null)
                    {
                        throw HtoolsOutput.Unparseable("hbal", line, output);
                    }

                    current.Commands.Add(new HbalCommand(verb, m.Groups["inst"].Value, node, line.Trim()));
                    continue;
                }

                throw HtoolsOutput.Unparseable("hbal", line, output);
            }

            if (Quiet().IsMatch(line))
            {
                continue;
            }

            if ((m = Group().Match(line)).Success)
            {
                group = m.Groups["group"].Value;
            }
            else if ((m = Initial().Match(line)).Success)
            {
                initial = HtoolsOutput.Number(m.Groups["score"].Value);
            }
            else if ((m = Move().Match(line)).Success)
            {
                moves.Add(new HbalMove(HtoolsOutput.Integer(m.Groups["pos"].Value), m.Groups["inst"].Value, m.Groups["from"].Value, m.Groups["to"].Value,
                    HtoolsOutput.Number(m.Groups["score"].Value), m.Groups["moves"].Value.Trim()));
            }
            else if (NoSolution().IsMatch(line))
            {
                outcome = HbalOutcome.NoSolution;
                final = initial;
            }
            else if ((m = Improved().Match(line)).Success)
            {
                outcome = HbalOutcome.Improved;
                initial = HtoolsOutput.Number(m.Groups["from"].Value);
                final = HtoolsOutput.Number(m.Groups["to"].Value);
            }
            else if ((m = Final().Match(line)).Success)
            {
                outcome = HbalOutcome.Improved;
                final = HtoolsOutput.Number(m.Groups["score"].Value);
            }
            else if ((m = WellBalanced().Match(line)).Success)
            {
                outcome = HbalOutcome.AlreadyBalanced;
                initial = final = HtoolsOutput.Number(m.Groups["score"].Value);
            }
            else if (Empty().IsMatch(line))
            {
                outcome = HbalOutcome.Empty;
            }
            else if (CommandsStart().IsMatch(line))
            {
                inCommands = true;
            }
            else
            {
                notes.Add(line.Trim());
            }
        }

        EndJob();
        if (outcome is not { } done)
        {
            throw new Ganeti.GanetiException(Ganeti.GanetiErrorKind.Unparseable, "hbal ended without saying whether it found a solution", rawOutput: output);
        }

        if (done == HbalOutcome.Improved && (moves.Count == 0 || jobs.Count == 0 && inCommands))
        {
            throw new Ganeti.GanetiException(Ganeti.GanetiErrorKind.Unparseable, "hbal said the score improved but listed no moves or commands", rawOutput: output);
        }

        return new HbalPlan(done, group, initial, final, moves, jobs, notes, HtoolsOutput.Warnings(stderr));
    }
}

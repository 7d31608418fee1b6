using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Parsing;
using GntTui.Engine.HTools;
using GntTui.Engine.Operations;
using GntTui.Engine.Remote;

namespace GntTui.Faults.Tests.Parsers;

/// <summary>Every parser in the Engine that reads text from a remote machine (or a capture of it), as the Engine calls it.</summary>
public static class Parsers
{
    private static readonly DateTimeOffset At = new(2026, 11, 21, 13, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<ParserUnderTest> All { get; } =
    [
        new("gnt-node list", Seeds.NodeLists, text => new NodeListParser().Parse(text)),
        new("gnt-instance list", () => Seeds.Files("ganeti", "12-*", "20-*", "34-*", "38-*", "42-*", "66-*", "69-*", "77-*"), text => new InstanceListParser().Parse(text)),
        new("gnt-job list", () => Seeds.Files("ganeti", "72-*", "78-*"), text => new JobListParser().Parse(text)),
        new("gnt-job info", () => Seeds.Files("ganeti", "33-*", "48-*", "73-*"), text => JobInfoBlocks.Split(text)),
        new("gnt-job watch", () => Seeds.Files("ganeti", "32-*", "49-*", "74-*", "22-*", "25-*", "36-*"), Watch),
        new("submit output", () => Seeds.Files("ganeti/submit", "*.txt"), Submit),
        new("gnt-cluster info", () => Seeds.Files("ganeti", "01-*", "90-*"), text => ClusterInfoParser.Parse(text, "Software version: 3.0.2\n")),
        new("gnt-cluster verify", () => Seeds.Files("ganeti", "02-*", "03-*", "04-*", "57-*", "58-*", "67-*"), Verify),
        new("/proc/drbd", () => Seeds.Files("drbd", "proc_drbd*.txt"), text => ProcDrbdParser.Parse(text, "node1.example.com", At)),
        new("gnt-node list-drbd", () => Seeds.Files("drbd", "list-drbd_*.txt"), text => ListDrbdParser.Parse(text, new List<string>())),
        new("drbdsetup events2", () => Seeds.Files("drbd", "events2_*.txt"), Events2),
        new("DRBD capture (replay)", () => Seeds.Files("drbd", "replay_*.txt", "proc_drbd84_sync.txt"), text => DrbdCaptureReader.Read(text, "replay", At)),
        new("htools text", () => Seeds.Files("htools", "*.data"), text => HtoolsTextReader.Parse(text), typeof(FormatException)),
        new("ssh and Ganeti errors", () => Seeds.Files("ganeti", "79-*", "35-*", "46-*", "50-*", "54-*"), Errors),
    ];

    private static void Watch(string text)
    {
        var parser = new JobWatchParser();
        foreach (var line in text.Split('\n'))
        {
            parser.Feed(line);
            JobLogLineParser.TryParse(line);
        }
        _ = parser.FailureText;
    }

    private static void Submit(string text)
    {
        var (stdout, stderr) = Seeds.Submit(text);
        _ = SubmitOutputParser.Parse(stdout, stderr);
        _ = GanetiErrorParser.FromResult(new CommandResult(1, stdout, stderr, TimeSpan.Zero), "gnt-instance migrate");
    }

    private static void Verify(string text)
    {
        _ = VerifyOutputParser.Parse(text);
        _ = ClusterVerification.Parse(text, ["ENODESETUP"], At, TimeSpan.FromSeconds(5), "cluster.example.com");
    }

    private static void Events2(string text)
    {
        var parser = new Events2Parser("node1.example.com");
        parser.FeedAll(text);
        _ = parser.Snapshot(At);
    }

    private static void Errors(string text)
    {
        _ = GanetiErrorParser.FromResult(new CommandResult(1, text, text, TimeSpan.Zero), "gnt-node list");
        _ = SshErrorClassifier.Classify("root@cluster.example.com", new CommandResult(255, "", text, TimeSpan.Zero));
    }
}

using GntTui.Engine.Ganeti.Jobs;

namespace GntTui.Engine.Tests.Ganeti;

public class JobWatchParserTests
{
    private static (List<JobLogEntry> Entries, JobWatchParser Parser) Feed(string text)
    {
        var parser = new JobWatchParser();
        var entries = text.Split('\n').Select(parser.Feed).OfType<JobLogEntry>().ToList();
        return (entries, parser);
    }

    [Fact]
    public void Reads_a_successful_watch()
    {
        var (entries, parser) = Feed(Fixture.Ganeti("32"));

        Assert.Equal(12, entries.Count);
        Assert.Equal("Migrating instance inst1.example.com", entries[0].Message);
        Assert.Equal(new DateTime(2026, 11, 21, 13, 4, 22), entries[0].Time);
        Assert.Equal("* done", entries[^1].Message);
        Assert.Null(parser.FailureText);
        Assert.Empty(parser.Unrecognised);
    }

    [Fact]
    public void Reads_a_failed_watch_with_ganetis_message()
    {
        var (entries, parser) = Feed(Fixture.Ganeti("49"));

        Assert.Equal(JobLogKind.JobFailed, Assert.Single(entries).Kind);
        Assert.Contains("Can't get data from node node3.example.com: Node is marked offline", parser.FailureText, StringComparison.Ordinal);
        Assert.StartsWith("Failure: prerequisites not met", parser.FailureText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sat Nov 21 13:04:22 2026  - device disk/0: 34.90% done, 5s remaining (estimated)", JobLogKind.DiskSync, 34.90)]
    [InlineData("Sat Nov  1 13:04:22 2026  - device disk/1:  1.80% done, 2m 44s remaining (estimated)", JobLogKind.DiskSync, 1.80)]
    [InlineData("Sat Nov 21 13:04:22 2026  - device disk/0: 100.00% done, no time estimate", JobLogKind.DiskSync, 100.0)]
    [InlineData("Sat Nov 21 13:04:23 2026 * memory transfer progress: 61.23 %", JobLogKind.MemoryTransfer, 61.23)]
    [InlineData("Sat Nov 21 13:04:23 2026 * memory transfer progress: 104.10 %", JobLogKind.MemoryTransfer, 104.10)]
    [InlineData("Sat Nov 21 13:04:23 2026 Instance inst1.example.com's disks are in sync", JobLogKind.DisksInSync, 100.0)]
    public void Reads_progress_lines(string line, JobLogKind kind, double percent)
    {
        var entry = JobLogLineParser.TryParse(line);

        Assert.NotNull(entry);
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(percent, entry.Percent!.Value, 2);
    }

    [Fact]
    public void Reads_info_warning_and_failure_lines()
    {
        Assert.Equal(JobLogKind.Info, JobLogLineParser.TryParse("Sat Nov 21 13:04:25 2026  - INFO: Evacuating instances")!.Kind);
        Assert.Equal(JobLogKind.Warning, JobLogLineParser.TryParse("Sat Nov 21 13:04:25 2026  - WARNING: Could not shutdown")!.Kind);
        Assert.Equal(JobLogKind.MigrationFailed, JobLogLineParser.TryParse("Sat Nov 21 13:04:25 2026 Migration failed, aborting")!.Kind);
        Assert.Equal("7s remaining".Split(' ')[0], JobLogLineParser.TryParse("Sat Nov 21 13:04:22 2026  - device disk/0: 3.00% done, 7s remaining (estimated)")!.Remaining);
    }

    [Fact]
    public void Unknown_lines_are_kept_not_dropped()
    {
        var (entries, parser) = Feed("Output from job 3 follows\n-----\nsomething odd\n");

        Assert.Equal("something odd", Assert.Single(entries).Message);
        Assert.Single(parser.Unrecognised);
    }
}

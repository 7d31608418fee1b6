using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Parsing;

namespace GntTui.Engine.Tests.Ganeti;

public class JobListParserTests
{
    private readonly JobListParser _parser = new();

    [Fact]
    public void Reads_the_lab_job_list_with_timestamps()
    {
        var result = _parser.Parse(Fixture.Ganeti("72"));

        Assert.True(result.IsClean, string.Join("; ", result.Problems));
        Assert.Equal(72, result.Rows.Count);
        var first = result.Rows[0];
        Assert.Equal(1, first.Id);
        Assert.Equal(JobStatus.Success, first.Status);
        Assert.Equal("CLUSTER_POST_INIT", first.Summary);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795266172).AddTicks(915152 * 10), first.Received);
        Assert.True(first.Ended > first.Started);
        Assert.Equal(JobStatus.Error, result.Rows.Single(j => j.Id == 22).Status);
    }

    [Fact]
    public void A_queued_job_has_no_start_or_end()
    {
        var row = Assert.Single(_parser.Parse("80|queued|INSTANCE_MIGRATE(inst1.example.com)|[1795266172, 915152]|None|None").Rows);

        Assert.Equal(JobStatus.Queued, row.Status);
        Assert.Null(row.Started);
        Assert.Null(row.Ended);
        Assert.False(row.IsFinished);
    }

    [Theory]
    [InlineData("x1|success|S|[1, 2]|[1, 2]|[1, 2]")]
    [InlineData("1|success|S|1795266172|[1, 2]|[1, 2]")]
    [InlineData("1|success|S|[1, 99999999]|[1, 2]|[1, 2]")]
    // Found by the fault suite: digits past a long threw OverflowException out of the refresh.
    [InlineData("1|success|S|[99999999999999999999999999, 2]|[1, 2]|[1, 2]")]
    [InlineData("1|success|S|[1, 99999999999999999999999999]|[1, 2]|[1, 2]")]
    [InlineData("99999999999999999999999999|success|S|[1, 2]|[1, 2]|[1, 2]")]
    public void Bad_ids_and_timestamps_are_reported(string line)
    {
        var result = _parser.Parse(line);
        Assert.Empty(result.Rows);
        Assert.Single(result.Problems);
    }
}

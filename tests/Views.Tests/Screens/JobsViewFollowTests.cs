using GntTui.Engine.Ganeti;

namespace GntTui.Views.Tests.Screens;

/// <summary>The job queue opens at the newest job and follows new ones while its top row is selected.</summary>
public sealed class JobsViewFollowTests
{
    private static readonly GanetiJob Newer = TestSnapshots.Job(105, JobStatus.Queued, "INSTANCE_FAILOVER(web2.example.com)", 1);

    [Fact]
    public void The_jobs_view_opens_at_the_newest_job_not_the_last_selected_row()
    {
        var console = new ConsoleDriver(height: 12);
        console.Press("4 j j j");
        console.Render();
        Assert.Equal("101", console.App.ActiveScreen.Table.SelectedKey);
        console.Press("1");

        console.Post(TestSnapshots.Small() with { Jobs = [.. TestSnapshots.Jobs, Newer] });
        console.Press("4");
        console.Render();

        Assert.Equal("105", console.App.ActiveScreen.Table.SelectedKey);
        Assert.Equal(0, console.App.ActiveScreen.Table.TopIndex);
        Assert.Contains("INSTANCE_FAILOVER(web2", console.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_job_is_followed_while_the_top_row_is_selected()
    {
        var console = new ConsoleDriver();
        console.Press("4");
        Assert.Equal("104", console.App.ActiveScreen.Table.SelectedKey);

        console.Post(TestSnapshots.Small() with { Jobs = [.. TestSnapshots.Jobs, Newer] });
        console.Render();

        Assert.Equal("105", console.App.ActiveScreen.Table.SelectedKey);
    }

    [Fact]
    public void A_row_chosen_further_down_stays_chosen_when_a_job_arrives()
    {
        var console = new ConsoleDriver();
        console.Press("4 j");

        console.Post(TestSnapshots.Small() with { Jobs = [.. TestSnapshots.Jobs, Newer] });
        console.Render();

        Assert.Equal("103", console.App.ActiveScreen.Table.SelectedKey);
    }
}

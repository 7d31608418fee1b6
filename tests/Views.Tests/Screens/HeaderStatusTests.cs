using GntTui.Engine.Model;
using GntTui.Views.Screens.Shell;
using GntTui.Views.Themes;

namespace GntTui.Views.Tests.Screens;

public class HeaderStatusTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UnixEpoch.AddDays(1);

    [Fact]
    public void A_cluster_that_never_answered_is_not_called_updated()
    {
        var never = ClusterSnapshot.Empty("root@127.0.0.1", Now.AddSeconds(-4)) with
        {
            Connection = ConnectionState.Stale,
            Error = "ssh root@127.0.0.1: nothing listens on the SSH port",
        };

        var (text, _) = HeaderBuilder.Status(never, Now);

        Assert.DoesNotContain("updated", text, StringComparison.Ordinal);
        Assert.Contains("not reached", text, StringComparison.Ordinal);
        Assert.Contains("nothing listens on the SSH port", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_that_went_stale_keeps_its_age()
    {
        var stale = TestSnapshots.Small(ConnectionState.Stale, "ssh: timeout");

        var (text, _) = HeaderBuilder.Status(stale, TestSnapshots.TakenAt.AddSeconds(3));

        Assert.StartsWith("▲ stale, updated", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refresh_that_is_late_is_said_as_not_answering()
    {
        var live = TestSnapshots.Small() with { LateAfter = TestSnapshots.TakenAt.AddSeconds(10) };

        var (onTime, _) = HeaderBuilder.Status(live, TestSnapshots.TakenAt.AddSeconds(9));
        var (late, role) = HeaderBuilder.Status(live, TestSnapshots.TakenAt.AddSeconds(11));

        Assert.StartsWith("● live", onTime, StringComparison.Ordinal);
        Assert.StartsWith("▲ not answering", late, StringComparison.Ordinal);
        Assert.Contains("updated 11 seconds ago", late, StringComparison.Ordinal);
        Assert.Equal(StyleRole.Warning, role);
    }

    [Fact]
    public void The_header_says_not_answering_once_the_clock_passes_the_late_mark()
    {
        var console = new ConsoleDriver(TestSnapshots.Small() with { LateAfter = TestClock.Start.AddSeconds(2) });
        Assert.Contains("● live", console.Text(), StringComparison.Ordinal);

        console.Clock.Advance(TimeSpan.FromSeconds(3));
        console.Tick();

        Assert.Contains("▲ not answering", console.Text(), StringComparison.Ordinal);
    }
}

using GntTui.Engine.Model;
using GntTui.Views.Screens.Shell;

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
}

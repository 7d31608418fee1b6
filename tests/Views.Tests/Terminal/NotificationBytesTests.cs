using GntTui.Engine.Ganeti;
using GntTui.Engine.Ganeti.Jobs;
using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Live;
using GntTui.Views.Terminal;

namespace GntTui.Views.Tests.Terminal;

/// <summary>The Engine says a notification is due; the console turns it into bell, OSC 9 and OSC 777 bytes.</summary>
public sealed class NotificationBytesTests
{
    [Fact]
    public void A_failed_job_notifies_with_ganetis_last_words_on_every_channel()
    {
        var outcome = new JobOutcome(55, JobStatus.Error, "Failure: prerequisites not met for this operation:\nerror type: environment_error, error details:\nCan't get data from node node3.example.com: Node is marked offline", []);

        var n = JobNotification.ForOutcome(new InstanceMigrate("inst4.example.com"), outcome);

        Assert.Equal("\u001b]9;gnt-tui: migrate inst4 failed: job 55: Can't get data from node node3.example.com: Node is marked offline\a", NotificationBytes.Render(n, NotificationChannels.Osc9));
        Assert.Equal("\u001b]777;notify;gnt-tui: migrate inst4 failed;job 55: Can't get data from node node3.example.com: Node is marked offline\a", NotificationBytes.Render(n, NotificationChannels.Osc777));
        Assert.Equal("\a", NotificationBytes.Render(n, NotificationChannels.Bell));
        Assert.Equal(3, NotificationBytes.Render(n, NotificationChannels.Bell | NotificationChannels.Osc9 | NotificationChannels.Osc777).Count(c => c == '\a'));
    }

    [Fact]
    public void Text_from_the_cluster_cannot_end_or_forge_an_escape_sequence()
    {
        var n = new JobNotification("1;title;with\u001b]2;pwned\a", "line one\nline\u0007two " + new string('x', 300));

        var osc777 = NotificationBytes.Render(n, NotificationChannels.Osc777);
        var osc9 = NotificationBytes.Render(n, NotificationChannels.Osc9);

        Assert.Equal(2, osc777.Count(c => c == '\u001b') + osc9.Count(c => c == '\u001b'));
        Assert.Equal(1, osc777.Count(c => c == '\a'));
        Assert.StartsWith("\u001b]777;notify;1,title,with ]2,pwned;line one line two", osc777, StringComparison.Ordinal);
        Assert.StartsWith("\u001b]9; 1;title", osc9, StringComparison.Ordinal);
        Assert.True(osc777.Length < 450);
    }
}

using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote;

/// <summary>An endless or huge answer is refused with a clear error instead of growing the console (issue 15, item 5).</summary>
public sealed class BoundedOutputTests
{
    private const int Limit = 1024 * 1024;

    [Fact]
    public async Task An_endless_answer_is_refused_and_the_command_stopped()
    {
        var e = await Assert.ThrowsAsync<RemoteShellException>(() =>
            ProcessRunner.RunAsync(["sh", "-c", "yes gnt-instance-list-row"], TimeSpan.FromSeconds(30), Limit, null, null, CancellationToken.None));

        Assert.Equal(RemoteFailure.OutputTooLarge, e.Failure);
        Assert.Contains("more than 1 Mi characters", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_streamed_line_that_never_ends_is_refused()
    {
        var lines = 0;
        var e = await Assert.ThrowsAsync<RemoteShellException>(() =>
            ProcessRunner.RunAsync(["sh", "-c", "echo first; tr '\\0' x < /dev/zero"], TimeSpan.FromSeconds(30), Limit, _ =>
            {
                lines++;
                return ValueTask.CompletedTask;
            }, null, CancellationToken.None));

        Assert.Equal(RemoteFailure.OutputTooLarge, e.Failure);
        Assert.Equal(1, lines);
    }

    [Fact]
    public async Task An_answer_under_the_limit_arrives_whole_and_streamed_lines_keep_their_text()
    {
        var r = await ProcessRunner.RunAsync(["sh", "-c", "head -c 900000 /dev/zero | tr '\\0' a"], TimeSpan.FromSeconds(30), Limit, null, null, CancellationToken.None);
        Assert.Equal(900_000, r.Stdout.Length);

        var lines = new List<string>();
        await ProcessRunner.RunAsync(["printf", "a\\r\\nb\\n\\nlast"], TimeSpan.FromSeconds(30), Limit, l =>
        {
            lines.Add(l);
            return ValueTask.CompletedTask;
        }, null, CancellationToken.None);
        Assert.Equal(["a", "b", "", "last"], lines);
    }
}

using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote;

/// <summary>What disposing a shell asks of ssh: close the shared connection, or leave it to ControlPersist (short verbs run again soon), or nothing without one.</summary>
public sealed class SshDisposeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-dispose-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>A fake ssh that writes its argv, one call a line, and succeeds.</summary>
    private string FakeSsh()
    {
        var fake = Path.Combine(_dir, "ssh");
        File.WriteAllText(fake, $"#!/bin/sh\necho \"$*\" >> '{Path.Combine(_dir, "calls")}'\nexit 0\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return fake;
    }

    private string[] Calls() => File.Exists(Path.Combine(_dir, "calls")) ? File.ReadAllLines(Path.Combine(_dir, "calls")) : [];

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public async Task Dispose_closes_the_shared_connection_only_when_asked_to(bool multiplex, bool keep, bool exits)
    {
        var shell = new OpenSshShell(new SshOptions
        {
            Target = "master.example.com",
            ControlDirectory = Path.Combine(_dir, "cm"),
            SshPath = FakeSsh(),
            Multiplex = multiplex,
            KeepConnectionOnDispose = keep,
        });

        await shell.RunAsync(["gnt-node", "list"], TimeSpan.FromSeconds(10), CancellationToken.None);
        await shell.DisposeAsync();

        var calls = Calls();
        Assert.Equal(exits, calls.Any(c => c.Contains("-O exit", StringComparison.Ordinal)));
        Assert.Equal(multiplex ? "ControlMaster=auto" : "ControlMaster=no", calls[0].Contains("ControlMaster=auto", StringComparison.Ordinal) ? "ControlMaster=auto" : "ControlMaster=no");
        Assert.Equal(!multiplex, calls[0].Contains("ControlPath=none", StringComparison.Ordinal));
    }
}

using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote;

/// <summary>ssh refusing a destination before it connects (its own config, its options): the operator sees ssh's words, not a broken batch.</summary>
public sealed class SshRefusalTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gnt-tui-refusal-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private OpenSshShell Shell(string? config = null, IReadOnlyList<string>? options = null, string ssh = "ssh") => new(new SshOptions
    {
        Target = "master.example.com",
        ControlDirectory = Path.Combine(_dir, "cm"),
        ConfigFile = config,
        ExtraOptions = options ?? [],
        SshPath = ssh,
    });

    private static Task<IReadOnlyList<CommandResult>> Batch(OpenSshShell shell) =>
        shell.RunBatchAsync([["gnt-node", "list"], ["gnt-instance", "list"]], TimeSpan.FromSeconds(30), CancellationToken.None);

    [Fact]
    public async Task A_bad_ssh_config_is_said_in_sshs_words()
    {
        var config = Path.Combine(_dir, "config");
        await File.WriteAllTextAsync(config, "Bogus yes\n");
        await using var shell = Shell(config: config);

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => Batch(shell));

        Assert.Contains("Bad configuration option: bogus", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("the batch ended", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_option_on_the_command_line_is_said_in_sshs_words()
    {
        await using var shell = Shell(options: ["NoSuchOption=1"]);

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => Batch(shell));

        Assert.Contains("Bad configuration option: nosuchoption", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_permissions_on_the_users_config_are_said_and_control_characters_dropped()
    {
        // ssh's own words for a ~/.ssh/config others can write; a fake ssh prints them as ssh does and exits 255.
        var fake = Path.Combine(_dir, "ssh");
        await File.WriteAllTextAsync(fake, "#!/bin/sh\nprintf 'Bad owner or permissions on /home/op/.ssh/config\\033[2J\\n' >&2\nexit 255\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await using var shell = Shell(ssh: fake);

        var e = await Assert.ThrowsAsync<RemoteShellException>(() => Batch(shell));

        Assert.Contains("Bad owner or permissions on /home/op/.ssh/config", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', e.Message);
    }
}

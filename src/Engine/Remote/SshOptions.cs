namespace GntTui.Engine.Remote;

/// <summary>How we call the system OpenSSH client. The user's ~/.ssh/config still applies.</summary>
public sealed record SshOptions
{
    /// <summary>ssh destination: "host", "user@host" or a Host alias from ~/.ssh/config.</summary>
    public required string Target { get; init; }

    /// <summary>Words put before every remote command, e.g. ["sudo", "-n"].</summary>
    public IReadOnlyList<string> CommandPrefix { get; init; } = [];

    /// <summary>Private (0700) directory for ControlMaster sockets.</summary>
    public string? ControlDirectory { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long the shared connection outlives its last command. Nothing closes it when the console
    /// is killed (kill -9), so this is how long its session stays on the node; the console uses it
    /// at every refresh anyway.
    /// </summary>
    public TimeSpan ControlPersist { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// True: disposing the shell leaves the shared connection to end by itself after <see cref="ControlPersist"/>,
    /// so a short-lived verb run again soon (<c>gnt-tui status</c> twice in a minute) skips the handshake.
    /// </summary>
    public bool KeepConnectionOnDispose { get; init; }

    /// <summary>False: every command its own connection, none left behind (ControlMaster=no), for rare short commands to many hosts.</summary>
    public bool Multiplex { get; init; } = true;

    /// <summary>How often ssh asks a silent server whether it is still there (ServerAliveInterval).</summary>
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Unanswered keep-alives after which ssh calls the link dead (ServerAliveCountMax).</summary>
    public int KeepAliveCountMax { get; init; } = 2;

    /// <summary>Extra <c>-o</c> options, e.g. a UserKnownHostsFile for tests. Never used to turn host-key checks off.</summary>
    public IReadOnlyList<string> ExtraOptions { get; init; } = [];

    /// <summary>Who trusts this destination (e.g. the profile): part of the shared connection's name, so profiles never share one.</summary>
    public string? TrustScope { get; init; }

    /// <summary>An ssh_config to use instead of ~/.ssh/config (<c>-F</c>); null: the user's own.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>The ssh program.</summary>
    public string SshPath { get; init; } = "ssh";
}

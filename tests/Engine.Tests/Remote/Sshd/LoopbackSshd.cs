using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Tests.Remote.Sshd;

/// <summary>
/// A real OpenSSH server on 127.0.0.1 with its own host key, a client key and a known_hosts file,
/// all in a temp dir: the OpenSSH shell is tested against the real thing, not a fake.
/// </summary>
public sealed class LoopbackSshd : IDisposable
{
    public const string SshdPath = "/usr/sbin/sshd";
    private readonly Process? _process;

    /// <param name="extraConfig">More sshd_config lines (a ForceCommand, say), appended to the server's own; <c>{dir}</c> is its directory.</param>
    public LoopbackSshd(string extraConfig = "")
    {
        if (!IsAvailable(out var why))
        {
            Unavailable = why;
            return;
        }
        Dir = Directory.CreateTempSubdirectory("gnt-tui-sshd-").FullName;
        Port = FreePort();
        Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", Path.Combine(Dir, "host_key"));
        Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", Path.Combine(Dir, "id"));
        Run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", Path.Combine(Dir, "other_host_key"));
        File.Copy(Path.Combine(Dir, "id.pub"), Path.Combine(Dir, "authorized_keys"));
        File.WriteAllText(KnownHosts, $"[127.0.0.1]:{Port} {File.ReadAllText(Path.Combine(Dir, "host_key.pub")).Trim()}\n");
        File.WriteAllText(WrongKnownHosts, $"[127.0.0.1]:{Port} {File.ReadAllText(Path.Combine(Dir, "other_host_key.pub")).Trim()}\n");
        File.WriteAllText(EmptyKnownHosts, "");
        File.WriteAllText(Path.Combine(Dir, "sshd_config"), $"""
            Port {Port}
            ListenAddress 127.0.0.1
            HostKey {Path.Combine(Dir, "host_key")}
            PidFile {Path.Combine(Dir, "sshd.pid")}
            AuthorizedKeysFile {Path.Combine(Dir, "authorized_keys")}
            StrictModes no
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            PermitRootLogin prohibit-password
            UseDNS no
            PrintMotd no
            SetEnv SHLVL=1
            MaxSessions 50
            MaxStartups 50
            """ + "\n" + extraConfig.Replace("{dir}", Dir, StringComparison.Ordinal) + "\n");
        Directory.CreateDirectory("/run/sshd");
        _process = Process.Start(new ProcessStartInfo(SshdPath)
        {
            ArgumentList = { "-D", "-f", Path.Combine(Dir, "sshd_config"), "-E", Path.Combine(Dir, "sshd.log") },
            UseShellExecute = false,
        });
        WaitForPort();
    }

    /// <summary>Why the server could not run here, or null.</summary>
    public string? Unavailable { get; }

    public string Dir { get; } = "";
    public int Port { get; }
    public string KnownHosts => Path.Combine(Dir, "known_hosts");
    public string WrongKnownHosts => Path.Combine(Dir, "known_hosts.wrong");
    public string EmptyKnownHosts => Path.Combine(Dir, "known_hosts.empty");

    /// <summary>Sessions the server let in so far (its log's "Accepted publickey" lines).</summary>
    public int AcceptedSessions()
    {
        var log = Path.Combine(Dir, "sshd.log");
        return File.Exists(log) ? File.ReadLines(log).Count(l => l.Contains("Accepted publickey", StringComparison.Ordinal)) : 0;
    }

    /// <summary>Why a test against this server is skipped here, or null; in CI (GNTTUI_LAB_REQUIRED=1) never skipped: a missing sshd fails.</summary>
    public static string? SkipReason() =>
        !IsAvailable(out var why) && Environment.GetEnvironmentVariable("GNTTUI_LAB_REQUIRED") is not ("1" or "true") ? why : null;

    public static bool IsAvailable(out string why)
    {
        why = "";
        if (!File.Exists(SshdPath))
        {
            why = $"{SshdPath} is not installed (apt-get install openssh-server; tests/run.sh does it as root)";
            return false;
        }
        if (Environment.UserName != "root")
        {
            why = "a test sshd that logs in as root needs root";
            return false;
        }
        return true;
    }

    /// <summary>A shell to this server; the ssh config is a file of our own so ~/.ssh/config cannot interfere. <paramref name="prefix"/> goes before every command (a stand-in for gnt-*).</summary>
    public OpenSshShell Shell(string? knownHosts = null, int? port = null, IReadOnlyList<string>? prefix = null)
    {
        var config = Path.Combine(Dir, "ssh_config." + Guid.NewGuid().ToString("N")[..6]);
        File.WriteAllText(config, $"""
            Host 127.0.0.1
              Port {port ?? Port}
              IdentityFile {Path.Combine(Dir, "id")}
              IdentitiesOnly yes
              UserKnownHostsFile {knownHosts ?? KnownHosts}
              StrictHostKeyChecking yes
              GlobalKnownHostsFile /dev/null
            """);
        return new OpenSshShell(new SshOptions
        {
            Target = "root@127.0.0.1",
            ConfigFile = config,
            ControlDirectory = Path.Combine(Dir, "ctl-" + Guid.NewGuid().ToString("N")[..6]),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            CommandPrefix = prefix ?? [],
        });
    }

    /// <summary>
    /// A shell through an ssh_config of the test's own (<paramref name="configBody"/>, where
    /// <c>{port}</c>, <c>{id}</c> and <c>{known}</c> are filled in): what a user's ~/.ssh/config may say.
    /// </summary>
    public OpenSshShell ShellWithConfig(string target, string configBody, string controlDirectory, string? configFile = null)
    {
        var config = configFile ?? Path.Combine(Dir, "ssh_config." + Guid.NewGuid().ToString("N")[..6]);
        File.WriteAllText(config, configBody
            .Replace("{port}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{id}", Path.Combine(Dir, "id"), StringComparison.Ordinal)
            .Replace("{known}", KnownHosts, StringComparison.Ordinal));
        return new OpenSshShell(new SshOptions
        {
            Target = target,
            ConfigFile = config,
            ControlDirectory = controlDirectory,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        });
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        if (Dir.Length > 0)
        {
            Directory.Delete(Dir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    private void WaitForPort()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var c = new TcpClient();
                c.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }
        throw new InvalidOperationException("the test sshd did not start: " + File.ReadAllText(Path.Combine(Dir, "sshd.log")));
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {p.StandardError.ReadToEnd()}");
        }
    }
}

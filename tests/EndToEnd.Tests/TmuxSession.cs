using System.Globalization;

namespace GntTui.EndToEnd.Tests;

/// <summary>
/// A real terminal: the built gnt-tui running in a private tmux server (its own socket), driven by
/// send-keys and read by capture-pane, as a person at a keyboard would.
/// </summary>
public sealed class TmuxSession : IDisposable
{
    private readonly string _socket = "gnt-tui-e2e-" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _home = Directory.CreateTempSubdirectory("gnt-tui-e2e-").FullName;

    /// <param name="program">The shell words that start gnt-tui; the built dll by default.</param>
    public TmuxSession(string arguments, int width = 160, int height = 45, IReadOnlyDictionary<string, string>? env = null, string? program = null)
    {
        program ??= $"dotnet '{Path.Combine(AppContext.BaseDirectory, "gnt-tui.dll")}'";
        var vars = new Dictionary<string, string>
        {
            ["XDG_CONFIG_HOME"] = Path.Combine(_home, "config"),
            ["XDG_STATE_HOME"] = Path.Combine(_home, "state"),
            ["TERM"] = "xterm-256color",
        };
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            vars[k] = v;
        }
        var envArgs = string.Join(' ', vars.Select(kv => $"{kv.Key}='{kv.Value}'"));
        // The pane outlives gnt-tui, printing its exit code, so the code and the terminal modes it
        // left behind can be read.
        Tmux("-f", "/dev/null", "new-session", "-d", "-x", W(width), "-y", W(height), "-s", "e2e",
            $"env {envArgs} {program} {arguments}; echo \"{ExitMarker}$?\"; exec sleep 3600");
        Tmux("set-option", "-s", "escape-time", "10");
    }

    public string StateDir => Path.Combine(_home, "state", "gnt-tui");

    /// <summary>What the built <c>gnt-tui audit --json</c> prints over this session's state directory.</summary>
    public string AuditJson()
    {
        var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gnt-tui.dll"));
        psi.ArgumentList.Add("audit");
        psi.ArgumentList.Add("--json");
        psi.Environment["XDG_STATE_HOME"] = Path.GetDirectoryName(StateDir)!;
        using var p = System.Diagnostics.Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, $"gnt-tui audit --json exited {p.ExitCode}: {error}");
        return output;
    }

    public void SendKeys(params string[] keys) => Tmux(["send-keys", "-t", "e2e", .. keys]);

    /// <summary>Types text literally (no key-name lookup).</summary>
    public void Type(string text) => Tmux("send-keys", "-t", "e2e", "-l", text);

    /// <summary>
    /// Pastes text as a terminal does (tmux paste-buffer -p): framed by ESC[200~ and ESC[201~ when
    /// the application asked for bracketed paste, raw otherwise; line feeds arrive as CR.
    /// </summary>
    public void Paste(string text)
    {
        var file = Path.Combine(_home, "paste-" + Guid.NewGuid().ToString("N")[..8]);
        File.WriteAllText(file, text);
        Tmux("load-buffer", "-b", "paste", file);
        Tmux("paste-buffer", "-p", "-d", "-b", "paste", "-t", "e2e");
        File.Delete(file);
    }

    /// <summary>Sends a signal (TERM, INT, HUP) to gnt-tui itself: the pane's shell's child.</summary>
    public void Signal(string name)
    {
        var shell = Format("#{pane_pid}");
        var psi = new System.Diagnostics.ProcessStartInfo("pgrep", ["-P", shell]) { RedirectStandardOutput = true };
        using var pgrep = System.Diagnostics.Process.Start(psi)!;
        var console = pgrep.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries)[0];
        pgrep.WaitForExit();
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + name, console])!;
        kill.WaitForExit();
    }

    public string Capture() => Tmux("capture-pane", "-p", "-t", "e2e");

    /// <summary>From now on tmux keeps what an application copies with OSC 52 as a paste buffer (set-clipboard on).</summary>
    public void KeepClipboard() => Tmux("set-option", "-s", "set-clipboard", "on");

    /// <summary>The newest paste buffer: the last OSC 52 copy once <see cref="KeepClipboard"/> ran.</summary>
    public string Clipboard() => Tmux("show-buffer");

    public void Resize(int width, int height) => Tmux("resize-window", "-t", "e2e", "-x", W(width), "-y", W(height));

    public string Format(string format) => Tmux("display-message", "-p", "-t", "e2e", format).Trim();

    private const string ExitMarker = "gnt-tui exited with ";

    public bool HasExited => Capture().Contains(ExitMarker, StringComparison.Ordinal);

    public int ExitStatus
    {
        get
        {
            var screen = Capture();
            var at = screen.IndexOf(ExitMarker, StringComparison.Ordinal);
            var digits = new string(screen[(at + ExitMarker.Length)..].TakeWhile(char.IsAsciiDigit).ToArray());
            return int.Parse(digits, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Waits until the screen shows <paramref name="text"/>; fails with the screen when it does not.</summary>
    public string WaitFor(string text, TimeSpan? timeout = null) => WaitUntil(s => s.Contains(text, StringComparison.Ordinal), $"'{text}'", timeout);

    public string WaitUntil(Func<string, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        var screen = "";
        while (DateTime.UtcNow < deadline)
        {
            screen = Capture();
            if (condition(screen))
            {
                return screen;
            }
            Thread.Sleep(100);
        }
        throw new Xunit.Sdk.XunitException($"timed out waiting for {what}; the screen was:\n{screen}");
    }

    public void WaitForExit(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!HasExited)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException("gnt-tui did not exit; the screen was:\n" + Capture());
            }
            Thread.Sleep(100);
        }
    }

    public void Dispose()
    {
        try
        {
            Tmux("kill-server");
        }
        catch (InvalidOperationException)
        {
        }
        Directory.Delete(_home, recursive: true);
    }

    private string Tmux(params string[] args) => ProcessRun.Run("tmux", ["-L", _socket, .. args]);

    private static string W(int n) => n.ToString(CultureInfo.InvariantCulture);
}

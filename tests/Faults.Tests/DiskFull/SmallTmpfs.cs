using System.Diagnostics;

namespace GntTui.Faults.Tests.DiskFull;

/// <summary>
/// A tmpfs of a few MiB mounted under /tmp for one test (root only), and a filler file that takes
/// every free byte of it and gives them back: a full disk on demand, undone in <see cref="Dispose"/>.
/// </summary>
public sealed class SmallTmpfs : IDisposable
{
    private readonly string _filler;

    public SmallTmpfs(int mebibytes)
    {
        Dir = Directory.CreateTempSubdirectory("gnt-tui-full-").FullName;
        var (rc, error) = Run("mount", "-t", "tmpfs", "-o", $"size={mebibytes}m", "tmpfs", Dir);
        if (rc != 0)
        {
            Directory.Delete(Dir);
            throw new InvalidOperationException($"cannot mount a tmpfs on {Dir}: {error}");
        }
        _filler = Path.Combine(Dir, "filler");
    }

    public string Dir { get; }

    /// <summary>Why a test needing this is skipped here, or null; in CI (GNTTUI_LAB_REQUIRED=1, run as root) never skipped: a failed mount fails the test.</summary>
    public static string? SkipReason() =>
        Environment.UserName != "root" && Environment.GetEnvironmentVariable("GNTTUI_LAB_REQUIRED") is not ("1" or "true")
            ? "mounting a small tmpfs (a full disk on demand) needs root"
            : null;

    /// <summary>Writes until the file system says no space is left.</summary>
    public void Fill()
    {
        var block = new byte[64 * 1024];
        using var f = new FileStream(_filler, FileMode.Append, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        try
        {
            while (true)
            {
                f.Write(block);
            }
        }
        catch (IOException)
        {
            // ENOSPC: full. One byte at a time takes the last partial block too.
        }
        try
        {
            while (true)
            {
                f.Write(block, 0, 1);
            }
        }
        catch (IOException)
        {
        }
    }

    public void Free() => File.Delete(_filler);

    public void Dispose()
    {
        Run("umount", "-l", Dir);
        Directory.Delete(Dir, recursive: true);
    }

    private static (int Rc, string Error) Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, error);
    }
}

namespace GntTui.Engine.Remote;

/// <summary>A private runtime directory for sockets: $XDG_RUNTIME_DIR/gnt-tui, else /tmp/gnt-tui-UID; always 0700.</summary>
public static class RuntimeDirectory
{
    public static string Resolve()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR");
        var dir = !string.IsNullOrEmpty(xdg) && Directory.Exists(xdg)
            ? Path.Combine(xdg, "gnt-tui")
            : Path.Combine(Path.GetTempPath(), "gnt-tui-" + Environment.UserName);
        return EnsurePrivate(dir);
    }

    /// <summary>Creates the directory 0700, or refuses one that others can enter: a shared socket dir lets them ride our SSH connection.</summary>
    public static string EnsurePrivate(string dir)
    {
        if (!Directory.Exists(dir))
        {
            Directory.CreateDirectory(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(dir);
            if ((mode & (UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute)) != 0)
            {
                File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }
        return dir;
    }
}

namespace GntTui.Engine.Remote;

/// <summary>
/// A shell that can hand the user's own terminal to a command (an instance's console) and wait
/// for it to end. The caller must have given the terminal back first (cooked mode, main screen)
/// and must not read stdin meanwhile.
/// </summary>
public interface IInteractiveShell
{
    /// <summary>Runs argv on the user's terminal; its exit code (ssh's: the remote command's, or 255 when ssh failed).</summary>
    int RunInteractive(IReadOnlyList<string> argv);
}

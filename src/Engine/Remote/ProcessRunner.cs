using System.Diagnostics;
using System.Text;

namespace GntTui.Engine.Remote;

/// <summary>
/// Runs a local program with an argv (no local shell in between), with a timeout and cancellation
/// that kill the whole process tree. The one place the Engine starts processes.
/// </summary>
public static class ProcessRunner
{
    /// <summary>stderr kept per command; the tail is what explains a failure.</summary>
    private const int MaxStderrChars = 64 * 1024;

    /// <summary>
    /// The most a command may print (or one streamed line may hold): the whole list of a
    /// 20,000-instance cluster is a few MiB, so more is a broken or hostile answer, refused before
    /// it can grow the console by gigabytes.
    /// </summary>
    public const int MaxOutputChars = 64 * 1024 * 1024;

    /// <summary>
    /// Runs argv on this process's own terminal (stdin, stdout and stderr inherited) and waits for
    /// it: an interactive console the user types into. .NET hands a child that shares the terminal
    /// the terminal's original (cooked) settings and takes its own back when the child ends.
    /// </summary>
    public static int RunInForeground(IReadOnlyList<string> argv)
    {
        ArgumentOutOfRangeException.ThrowIfZero(argv.Count);
        var psi = new ProcessStartInfo(argv[0]) { UseShellExecute = false };
        foreach (var a in argv.Skip(1))
        {
            psi.ArgumentList.Add(a);
        }
        try
        {
            using var process = Process.Start(psi) ?? throw new RemoteShellException(RemoteFailure.CommandNotFound, $"cannot start {argv[0]}");
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new RemoteShellException(RemoteFailure.CommandNotFound, $"cannot start {argv[0]}: {e.Message}", null, e);
        }
    }

    /// <param name="standardInput">Text written to the process's stdin before it is closed; null closes it at once.</param>
    public static Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct, Func<string, ValueTask>? onLine = null, string? standardInput = null) =>
        RunAsync(argv, timeout, MaxOutputChars, onLine, standardInput, ct);

    /// <param name="maxOutputChars">Past this many characters of stdout (or of one streamed line) the process is killed and the run fails.</param>
    internal static async Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, int maxOutputChars, Func<string, ValueTask>? onLine, string? standardInput, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfZero(argv.Count);
        var psi = new ProcessStartInfo(argv[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in argv.Skip(1))
        {
            psi.ArgumentList.Add(a);
        }
        // Keep remote locale-dependent output (dates, numbers) in the format the parsers know.
        psi.Environment["LC_ALL"] = "C";

        var started = Stopwatch.GetTimestamp();
        using var process = new Process { StartInfo = psi };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new RemoteShellException(RemoteFailure.CommandNotFound, $"cannot start {argv[0]}: {e.Message}", null, e);
        }
        if (standardInput is not null)
        {
            try
            {
                await process.StandardInput.WriteAsync(standardInput.AsMemory(), ct).ConfigureAwait(false);
                await process.StandardInput.FlushAsync(ct).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The process ended before reading its input: its exit code and output say why.
            }
        }
        process.StandardInput.Close();

        using var timeoutCts = new CancellationTokenSource(timeout == Timeout.InfiniteTimeSpan ? Timeout.InfiniteTimeSpan : timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutCts.Token);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var readOut = onLine is null ? ReadBoundedAsync(process.StandardOutput, stdout, maxOutputChars) : ReadLinesAsync(process.StandardOutput, onLine, maxOutputChars, linked.Token);
        var readErr = ReadAllAsync(process.StandardError, stderr, MaxStderrChars);
        try
        {
            // stdout first: an endless answer must end the wait, not only the process exiting.
            await Task.WhenAny(readOut, process.WaitForExitAsync(linked.Token)).ConfigureAwait(false);
            if (readOut.IsFaulted)
            {
                Kill(process);
                await readOut.ConfigureAwait(false);
            }
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            await Task.WhenAll(readOut, readErr).WaitAsync(linked.Token).ConfigureAwait(false);
        }
        catch (OutputTooLargeException e)
        {
            Kill(process);
            throw new RemoteShellException(RemoteFailure.OutputTooLarge, $"{Path.GetFileName(argv[0])}: the answer {e.What} more than {Units(maxOutputChars)} characters: refused and stopped", stderr.ToString());
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            if (timeoutCts.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                throw new RemoteShellException(RemoteFailure.Timeout, $"no answer within {timeout.TotalSeconds:0.#} s", stderr.ToString());
            }
            throw;
        }
        var elapsed = Stopwatch.GetElapsedTime(started);
        return new CommandResult(process.ExitCode, stdout.ToString(), stderr.ToString(), elapsed);
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string Units(int chars) => chars >= 1024 * 1024 ? $"{chars / (1024 * 1024)} Mi" : $"{chars}";

    /// <summary>Reads everything, failing past <paramref name="max"/> characters instead of keeping the tail.</summary>
    private static async Task ReadBoundedAsync(StreamReader reader, StringBuilder into, int max)
    {
        var buffer = new char[8192];
        int n;
        while ((n = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            if (into.Length + n > max)
            {
                into.Clear();
                throw new OutputTooLargeException("held");
            }
            into.Append(buffer, 0, n);
        }
    }

    private static async Task ReadAllAsync(StreamReader reader, StringBuilder into, int max)
    {
        var buffer = new char[8192];
        int n;
        while ((n = await reader.ReadAsync(buffer).ConfigureAwait(false)) > 0)
        {
            into.Append(buffer, 0, n);
            if (into.Length > max)
            {
                into.Remove(0, into.Length - max);
            }
        }
    }

    /// <summary>Hands over each line as it ends; a line that never ends is refused at <paramref name="max"/> characters, not held.</summary>
    private static async Task ReadLinesAsync(StreamReader reader, Func<string, ValueTask> onLine, int max, CancellationToken ct)
    {
        var buffer = new char[8192];
        var line = new StringBuilder();
        int n;
        while ((n = await reader.ReadAsync(buffer.AsMemory(), ct).ConfigureAwait(false)) > 0)
        {
            var start = 0;
            for (var i = 0; i < n; i++)
            {
                if (buffer[i] != '\n')
                {
                    continue;
                }
                line.Append(buffer, start, i - start);
                start = i + 1;
                await onLine(TrimCarriageReturn(line)).ConfigureAwait(false);
                line.Clear();
            }
            line.Append(buffer, start, n - start);
            if (line.Length > max)
            {
                line.Clear();
                throw new OutputTooLargeException("had one line of");
            }
        }
        if (line.Length > 0)
        {
            await onLine(TrimCarriageReturn(line)).ConfigureAwait(false);
        }
    }

    private static string TrimCarriageReturn(StringBuilder line) =>
        line.Length > 0 && line[^1] == '\r' ? line.ToString(0, line.Length - 1) : line.ToString();

    private sealed class OutputTooLargeException(string what) : Exception
    {
        public string What { get; } = what;
    }
}

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

    /// <param name="standardInput">Text written to the process's stdin before it is closed; null closes it at once.</param>
    public static async Task<CommandResult> RunAsync(IReadOnlyList<string> argv, TimeSpan timeout, CancellationToken ct, Func<string, ValueTask>? onLine = null, string? standardInput = null)
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
        var readOut = onLine is null ? ReadAllAsync(process.StandardOutput, stdout, int.MaxValue) : ReadLinesAsync(process.StandardOutput, onLine, linked.Token);
        var readErr = ReadAllAsync(process.StandardError, stderr, MaxStderrChars);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            await Task.WhenAll(readOut, readErr).WaitAsync(linked.Token).ConfigureAwait(false);
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

    private static async Task ReadLinesAsync(StreamReader reader, Func<string, ValueTask> onLine, CancellationToken ct)
    {
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            await onLine(line).ConfigureAwait(false);
        }
    }
}

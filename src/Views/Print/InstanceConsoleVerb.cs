using GntTui.Engine.Ganeti;
using GntTui.Engine.Text;

namespace GntTui.Views.Print;

/// <summary>
/// <c>gnt-tui console NAME</c> once the cluster is reached: asks Ganeti for the console, attaches
/// this terminal when there is one, and otherwise prints Ganeti's words with its exit code (0 for
/// "Console not available for fake hypervisor", 1 with its error for a stopped or unknown instance).
/// </summary>
public static class InstanceConsoleVerb
{
    public static async Task<int> RunAsync(GanetiClient client, string instance, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            var answer = await client.AskConsoleAsync(instance, ct);
            if (answer.CanAttach)
            {
                return client.AttachConsole(instance);
            }

            await output.WriteLineAsync(answer.Text);
            return 0;
        }
        catch (GanetiException e)
        {
            await errors.WriteLineAsync(UntrustedText.Block(e.Message).Trim());
            return 1;
        }
    }
}

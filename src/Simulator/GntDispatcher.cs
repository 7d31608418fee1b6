using System.Text;

namespace GntTui.Simulator;

/// <summary>cli._ParseArgs and GenericMain for the simulated gnt-* binaries: usage, option errors, argument counts.</summary>
internal static class GntDispatcher
{
    private static readonly GntOption[] Common = [GntOption.Flag("debug", "-d", "--debug"), GntOption.Value("reason", "--reason")];

    public static SimProcess Resolve(SimulatedCluster c, string binary, IReadOnlyList<string> argv,
        IReadOnlyList<GntCommand> commands, IReadOnlyDictionary<string, string>? aliases = null)
    {
        if (argv.Count > 1 && argv[1] == "--version")
        {
            return ImmediateProcess.Fixed(c, 0, $"{binary} (ganeti v{c.SoftwareVersion}) {c.SoftwareVersion}\n", "");
        }
        var name = argv.Count > 1 ? argv[1] : "";
        if (aliases is not null && aliases.TryGetValue(name, out var target))
        {
            name = target;
        }
        var command = commands.FirstOrDefault(x => x.Name == name);
        if (command is null)
        {
            return ImmediateProcess.Fixed(c, 1, Usage(binary, commands), "");
        }
        if (!command.IsSimulated)
        {
            return command.Handler(new GntInvocation(c, binary, command.Name, new GntArgs()));
        }
        GntArgs args;
        try
        {
            args = GntArgs.Parse([.. argv.Skip(2)], [.. command.Options, .. Common]);
        }
        catch (GntUsageException e)
        {
            return ImmediateProcess.Fixed(c, 2, "", $"Usage: {binary} {command.Name} {command.Usage}\n\n{binary}: error: {e.Message}\n");
        }
        var n = args.Positional.Count;
        string? countError = null;
        if (command.MinArgs == command.MaxArgs && n != command.MinArgs)
        {
            countError = $"Error: Command {command.Name} expects {command.MinArgs} argument(s)";
        }
        else if (n < command.MinArgs)
        {
            countError = $"Error: Command {command.Name} expects at least {command.MinArgs} argument(s)";
        }
        else if (command.MaxArgs is { } max && n > max)
        {
            countError = $"Error: Command {command.Name} expects at most {max} argument(s)";
        }
        if (countError is not null)
        {
            return ImmediateProcess.Fixed(c, 1, "", countError + "\n");
        }
        try
        {
            return command.Handler(new GntInvocation(c, binary, command.Name, args));
        }
        catch (GntUsageException e)
        {
            return ImmediateProcess.Fixed(c, 2, "", $"Usage: {binary} {command.Name} {command.Usage}\n\n{binary}: error: {e.Message}\n");
        }
        catch (SimOpException e)
        {
            return ImmediateProcess.Fixed(c, 1, "", e.Format() + "\n");
        }
    }

    /// <summary>The command list Ganeti prints for an unknown or missing command (on stdout, exit 1).</summary>
    private static string Usage(string binary, IReadOnlyList<GntCommand> commands)
    {
        var sb = new StringBuilder();
        sb.Append("Usage: ").Append(binary).Append(" {command} [options...] [argument...]\n");
        sb.Append(binary).Append(" <command> --help to see details, or man ").Append(binary).Append("\n\nCommands:\n");
        var width = Math.Min(60, commands.Max(x => x.Name.Length + 1));
        foreach (var cmd in commands.OrderBy(x => x.Name, StringComparer.Ordinal))
        {
            sb.Append((" " + cmd.Name).PadRight(width)).Append(" - ").Append(cmd.Help).Append('\n');
        }
        return sb.Append('\n').ToString();
    }
}

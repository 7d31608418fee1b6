namespace GntTui.Simulator;

/// <summary>optparse's complaint about the command line (printed after the usage line, exit code 2).</summary>
internal sealed class GntUsageException(string message) : Exception(message);

using GntTui.Engine.Remote;

namespace GntTui.Engine.Drbd;

/// <summary>
/// What a DRBD state means and the operator's usual fix, with the command to offer (argv, for the
/// console to confirm and run; null when there is nothing safe to offer).
/// </summary>
public sealed record DrbdAdvice(DrbdHealth Health, string Summary, string Fix, IReadOnlyList<string>? Command)
{
    public string? CommandText => Command is null ? null : ShellQuote.Join(Command);
}

using GntTui.Engine.Ganeti.Operations;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Drbd;

/// <summary>
/// What a DRBD state means and the operator's usual fix, with the operation to offer (for the
/// console to confirm and run; null when there is nothing safe to offer). The command shown is the
/// operation's own argv, so what is displayed is what would run.
/// </summary>
public sealed record DrbdAdvice(DrbdHealth Health, string Summary, string Fix, GanetiOperation? Operation)
{
    /// <summary>The argv without a reason, as shown in the detail pane.</summary>
    public IReadOnlyList<string>? Command => Operation?.BuildArgv();

    public string? CommandText => Command is null ? null : ShellQuote.Join(Command);
}

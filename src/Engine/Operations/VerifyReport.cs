namespace GntTui.Engine.Operations;

/// <summary>A verify run: its findings (errors first), the codes it was told to demote, and when it ran.</summary>
public sealed record VerifyReport(IReadOnlyList<VerifyItem> Items, IReadOnlyList<string> IgnoredCodes, DateTimeOffset At, TimeSpan Duration)
{
    public int Errors => Items.Count(i => i.Severity == VerifySeverity.Error);

    public int Warnings => Items.Count(i => i.Severity == VerifySeverity.Warning);

    public bool IsClean => Errors == 0;

    /// <summary>Findings about one node or instance (for its detail pane).</summary>
    public IReadOnlyList<VerifyItem> About(VerifyObjectKind kind, string name) =>
        Items.Where(i => i.ObjectKind == kind && string.Equals(i.ObjectName, name, StringComparison.OrdinalIgnoreCase)).ToList();

    public string Summary => $"{Errors} error(s), {Warnings} warning(s)" + (IgnoredCodes.Count == 0 ? "" : $" ({string.Join(", ", IgnoredCodes)} demoted to warnings)");
}

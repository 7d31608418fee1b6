namespace GntTui.Views.Screens.Common;

/// <summary>An instance's resyncing disks in one cell: the least-done disk and the longest wait.</summary>
internal sealed record ResyncSummary(int Disks, double? Percent, TimeSpan? Eta, bool Stalled);

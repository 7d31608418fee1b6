using GntTui.Engine.Store;

namespace GntTui.Views.Screens.Messages;

/// <summary>Posted by the App: the newest audit rows of this cluster (the audit view, and which jobs are ours).</summary>
public sealed record AuditRows(IReadOnlyList<AuditEntry> Rows);

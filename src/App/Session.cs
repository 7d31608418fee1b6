using GntTui.Engine.Ganeti;
using GntTui.Engine.Model;
using GntTui.Engine.Operations;
using GntTui.Engine.Store;
using GntTui.Views.Screens.Messages;
using GntTui.Views.Widgets;

namespace GntTui.App;

/// <summary>
/// Everything one console run needs from the Engine, composed once: the target, the state file,
/// the refresh loop and the audited operation runner. A state file that cannot be opened (full
/// disk, read-only home) costs the cache and the audit trail, not the console: it is said on screen.
/// </summary>
internal sealed class Session : IAsyncDisposable
{
    private Session(Target target, StateStore? store, ClusterMonitor monitor, IReadOnlyList<Notice> notices)
    {
        Target = target;
        Store = store;
        Monitor = monitor;
        StartupNotices = notices;
        if (store is not null)
        {
            Audit = new AuditLog(store);
            Runner = new OperationRunner(target.Client, Audit, target.Name);
            Runbooks = new RunbookStore(store);
        }
    }

    public Target Target { get; }
    public StateStore? Store { get; }
    public ClusterMonitor Monitor { get; }
    public OperationRunner? Runner { get; }
    public AuditLog? Audit { get; }
    public RunbookStore? Runbooks { get; }
    public GanetiClient Client => Target.Client;
    public IReadOnlyList<Notice> StartupNotices { get; }

    public static Session Open(Target target, string? statePath)
    {
        var notices = new List<Notice>();
        StateStore? store = null;
        try
        {
            store = new StateStore(statePath ?? StateStore.DefaultPath());
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            notices.Add(new Notice($"state file unavailable ({e.Message}): no cache, no audit log, operations disabled", ToastLevel.Error));
        }
        var cache = store is null ? null : new SnapshotCache(store);
        var monitor = new ClusterMonitor(target.Client, target.Name, cache, target.IsDemo)
        {
            Interval = TimeSpan.FromSeconds(Math.Max(1, target.Config.RefreshSeconds)),
        };
        return new Session(target, store, monitor, notices);
    }

    public async ValueTask DisposeAsync()
    {
        await Target.DisposeAsync();
        Store?.Dispose();
    }
}

using System.Collections.Concurrent;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Drbd;

/// <summary>
/// One shell per node, made on first use and kept, for <see cref="DrbdSampler"/>'s factory. With
/// <see cref="OpenSsh"/> every node's shell shares the master's ControlMaster directory, so each
/// node's samples (and any restart of its stream) ride one multiplexed connection to that node.
/// </summary>
public sealed class DrbdNodeShells : IAsyncDisposable
{
    private readonly Func<string, IRemoteShell> _create;
    private readonly Func<string, IRemoteShell> _createOneShot;
    private readonly ConcurrentDictionary<string, Lazy<IRemoteShell>> _shells = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Lazy<IRemoteShell>> _oneShots = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="create">A node's shell for streams.</param>
    /// <param name="oneShot">A node's shell for rare short captures, one that leaves no connection behind; null: <paramref name="create"/>'s.</param>
    public DrbdNodeShells(Func<string, IRemoteShell> create, Func<string, IRemoteShell>? oneShot = null)
    {
        _create = create;
        _createOneShot = oneShot ?? (n => Get(n));
    }

    /// <summary>
    /// How long a node's shared connection outlives its last session: a stream keeps it up, so this
    /// only decides how soon a node that went quiet lets go of its ControlMaster process.
    /// </summary>
    public static TimeSpan NodeControlPersist { get; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Nodes reached like the master: the same ssh options and user (the part before '@' of the
    /// master's destination), the node's Ganeti name as the host.
    /// </summary>
    public static DrbdNodeShells OpenSsh(SshOptions master)
    {
        ArgumentNullException.ThrowIfNull(master);
        var at = master.Target.LastIndexOf('@');
        var user = at > 0 ? master.Target[..(at + 1)] : "";
        var controlDirectory = master.ControlDirectory ?? RuntimeDirectory.Resolve();
        return new DrbdNodeShells(
            node => new OpenSshShell(master with
            {
                Target = user + NameValidator.RequireHostname(node, "node"),
                ControlDirectory = controlDirectory,
                ControlPersist = NodeControlPersist,
            }),
            node => new OpenSshShell(master with
            {
                Target = user + NameValidator.RequireHostname(node, "node"),
                ControlDirectory = controlDirectory,
                Multiplex = false,
            }));
    }

    /// <summary>The node's shell; the same object every time for the same name.</summary>
    public IRemoteShell Get(string node) => _shells.GetOrAdd(node, n => new Lazy<IRemoteShell>(() => _create(n))).Value;

    /// <summary>The node's shell for one-shot captures; the same object every time for the same name.</summary>
    public IRemoteShell GetOneShot(string node) => _oneShots.GetOrAdd(node, n => new Lazy<IRemoteShell>(() => _createOneShot(n))).Value;

    /// <summary>Closes every shell made (for OpenSSH: the shared connections).</summary>
    public async ValueTask DisposeAsync()
    {
        var shells = _shells.Values.Concat(_oneShots.Values).Where(l => l.IsValueCreated).Select(l => l.Value).Distinct().ToList();
        foreach (var shell in shells)
        {
            await shell.DisposeAsync().ConfigureAwait(false);
        }
        _shells.Clear();
        _oneShots.Clear();
    }
}

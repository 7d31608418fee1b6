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
    private readonly ConcurrentDictionary<string, Lazy<IRemoteShell>> _shells = new(StringComparer.OrdinalIgnoreCase);

    public DrbdNodeShells(Func<string, IRemoteShell> create)
    {
        _create = create;
    }

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
        return new DrbdNodeShells(node => new OpenSshShell(master with
        {
            Target = user + NameValidator.RequireHostname(node, "node"),
            ControlDirectory = controlDirectory,
        }));
    }

    /// <summary>The node's shell; the same object every time for the same name.</summary>
    public IRemoteShell Get(string node) => _shells.GetOrAdd(node, n => new Lazy<IRemoteShell>(() => _create(n))).Value;

    /// <summary>Closes every shell made (for OpenSSH: the shared connections).</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var shell in _shells.Values.Where(l => l.IsValueCreated).Select(l => l.Value))
        {
            await shell.DisposeAsync().ConfigureAwait(false);
        }
        _shells.Clear();
    }
}

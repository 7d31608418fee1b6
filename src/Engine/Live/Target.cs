using GntTui.Engine.Config;
using GntTui.Engine.Drbd;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;

namespace GntTui.Engine.Live;

/// <summary>
/// The cluster a verb talks to: a real one over SSH (or locally), or the demo. <see cref="NodeShells"/>
/// opens shells to single nodes by name, for DRBD sampling.
/// </summary>
public sealed record Target(string Name, IRemoteShell Shell, GanetiClient Client, bool IsDemo, GntTuiConfig Config, DrbdNodeShells NodeShells) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await NodeShells.DisposeAsync();
        await Shell.DisposeAsync();
    }
}

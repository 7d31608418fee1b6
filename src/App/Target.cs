using GntTui.Engine.Config;
using GntTui.Engine.Ganeti;
using GntTui.Engine.Remote;

namespace GntTui.App;

/// <summary>The cluster a verb talks to: a real one over SSH (or locally), or the demo.</summary>
internal sealed record Target(string Name, IRemoteShell Shell, GanetiClient Client, bool IsDemo, GntTuiConfig Config) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Shell.DisposeAsync();
}

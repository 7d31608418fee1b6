namespace GntTui.EndToEnd.Tests;

/// <summary>One process in the lab's namespace, as /proc tells it.</summary>
internal sealed record RemoteProcess(int Pid, int PPid, string Comm, string Args)
{
    public override string ToString() => $"{Pid} {Args}";
}

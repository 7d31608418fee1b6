namespace GntTui.Engine.Model;

public enum ConnectionState
{
    /// <summary>No answer yet; what is shown (if anything) comes from the cache.</summary>
    Connecting,
    /// <summary>The last refresh succeeded.</summary>
    Live,
    /// <summary>The last refresh failed; the data shown is older than it looks live.</summary>
    Stale,
}

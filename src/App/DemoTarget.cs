using GntTui.Engine.Config;

namespace GntTui.App;

/// <summary>The built-in simulated cluster, used when nothing is configured.</summary>
internal static class DemoTarget
{
    public static Target Create(GntTuiConfig config, bool readOnly) =>
        throw new ConfigException("no cluster configured: pass --ssh user@master or --cluster NAME");
}

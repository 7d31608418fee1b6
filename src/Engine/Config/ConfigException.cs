namespace GntTui.Engine.Config;

/// <summary>The config file or the command line asked for something that cannot be.</summary>
public sealed class ConfigException : Exception
{
    public ConfigException(string message) : base(message)
    {
    }
}

namespace GntTui.Engine.Operations;

/// <summary>Short forms of names for sentences: "inst1" for "inst1.example.com".</summary>
internal static class NodeNames
{
    public static string Short(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }

    /// <summary>The (DRBD) secondary node, or null.</summary>
    public static string? SecondaryOf(Ganeti.GanetiInstance instance) => instance.SecondaryNodes.Count > 0 ? instance.SecondaryNodes[0] : null;

    public static string Mib(long mib) => mib.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture) + " MiB";
}

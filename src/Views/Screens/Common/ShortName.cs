namespace GntTui.Views.Screens.Common;

/// <summary>"node1" for "node1.example.com": where a list has many names, the domain is noise.</summary>
internal static class ShortName
{
    public static string Of(string name)
    {
        var dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? name[..dot] : name;
    }
}

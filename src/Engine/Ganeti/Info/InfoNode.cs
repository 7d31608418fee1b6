namespace GntTui.Engine.Ganeti.Info;

/// <summary>
/// One entry of Ganeti's generic info output (cli.PrintGenericInfo): a "key: value" pair, or a
/// "- " list item (no key). Children are the lines indented under it.
/// </summary>
public sealed record InfoNode(string? Key, string Value, IReadOnlyList<InfoNode> Children, int Line)
{
    public bool IsItem => Key is null;

    /// <summary>The value of the child pair named <paramref name="key"/>, or null.</summary>
    public string? Get(string key) => Children.FirstOrDefault(c => c.Key == key)?.Value;

    public InfoNode? Child(string key) => Children.FirstOrDefault(c => c.Key == key);
}

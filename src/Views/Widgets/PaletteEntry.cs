namespace GntTui.Views.Widgets;

/// <summary>A command the <c>:</c> palette knows, with its short aliases (":no" for nodes, ":q" for quit).</summary>
public sealed record PaletteEntry(string Name, string Description, IReadOnlyList<string> Aliases)
{
    public PaletteEntry(string name, string description, params string[] aliases)
        : this(name, description, (IReadOnlyList<string>)aliases)
    {
    }

    public bool Answers(string word) =>
        string.Equals(Name, word, StringComparison.OrdinalIgnoreCase)
        || Aliases.Any(a => string.Equals(a, word, StringComparison.OrdinalIgnoreCase));
}

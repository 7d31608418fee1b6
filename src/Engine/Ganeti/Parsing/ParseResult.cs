namespace GntTui.Engine.Ganeti.Parsing;

/// <summary>Rows that parsed, and a plain-words note for every line that did not.</summary>
public sealed record ParseResult<T>(IReadOnlyList<T> Rows, IReadOnlyList<string> Problems)
{
    public bool IsClean => Problems.Count == 0;
}

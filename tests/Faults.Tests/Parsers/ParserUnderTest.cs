namespace GntTui.Faults.Tests.Parsers;

/// <summary>
/// A parser of remote text, its real seeds, and the one exception it documents (if any): any other
/// exception out of it is a crash the console would suffer on a broken answer.
/// </summary>
public sealed record ParserUnderTest(string Name, Func<IReadOnlyList<string>> Seeds, Action<string> Parse, Type? Documented = null)
{
    public override string ToString() => Name;
}

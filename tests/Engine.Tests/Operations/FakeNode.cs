namespace GntTui.Engine.Tests.Operations;

internal sealed class FakeNode(string name)
{
    public string Name { get; } = name;
    public bool Master { get; set; }
    public bool Offline { get; set; }
    public bool Drained { get; set; }
    public long MemoryFree { get; set; } = 4096;

    /// <summary>A <c>gnt-node list</c> row in the Engine's field order.</summary>
    public string Line(IReadOnlyCollection<FakeInstance> instances)
    {
        var role = Master ? "M" : Offline ? "O" : Drained ? "D" : "C";
        var p = instances.Count(i => i.Primary == Name);
        var s = instances.Count(i => i.Secondary == Name);
        var free = Offline ? "*" : MemoryFree.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{Name}|{role}|{YN(Offline)}|{YN(Drained)}|{YN(!Offline && !Drained)}|24105|635|{free}|258019|79604|{p}|{s}|default\n";
    }

    private static string YN(bool b) => b ? "Y" : "N";
}

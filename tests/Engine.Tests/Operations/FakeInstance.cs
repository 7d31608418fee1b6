namespace GntTui.Engine.Tests.Operations;

internal sealed class FakeInstance(string name, string template, string primary)
{
    public string Name { get; } = name;
    public string Template { get; } = template;
    public string Primary { get; set; } = primary;
    public string? Secondary { get; set; }
    public long Memory { get; set; } = 512;
    public bool Running { get; set; } = true;

    public bool Mirrored => Template is "drbd" or "sharedfile" or "diskless";

    /// <summary>A <c>gnt-instance list</c> row in the Engine's field order.</summary>
    public string Line()
    {
        var mem = Memory.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Running
            ? $"{Name}|running|Y|up|{Primary}|{Secondary}|{Template}|{mem}|1|{mem}\n"
            : $"{Name}|ADMIN_down|N|down|{Primary}|{Secondary}|{Template}|{mem}|1|-\n";
    }
}

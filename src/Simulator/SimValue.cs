namespace GntTui.Simulator;

/// <summary>One query field's value: text, a number, or one of Ganeti's special markers.</summary>
internal readonly record struct SimValue(string? Text, long Number, string? Special)
{
    /// <summary>"*": the node is offline.</summary>
    public static SimValue Offline { get; } = new(null, 0, "*");

    /// <summary>"?": no data, the node did not answer.</summary>
    public static SimValue NoData { get; } = new(null, 0, "?");

    /// <summary>"-": not available (oper_ram of a stopped instance).</summary>
    public static SimValue Unavailable { get; } = new(null, 0, "-");

    /// <summary>"??": an unknown field.</summary>
    public static SimValue Unknown { get; } = new(null, 0, "??");

    public static SimValue Of(string text) => new(text, 0, null);

    public static SimValue Of(long number) => new(null, number, null);

    public static SimValue Of(bool flag) => new(GanetiFormat.Bool(flag), 0, null);

    public bool IsNormal => Special is null;
}

namespace GntTui.Simulator;

/// <summary>A list field: its -o name, its column title, its type and how to read it from a row.</summary>
internal sealed record SimField<T>(string Name, string Title, SimFieldKind Kind, Func<T, SimValue> Get)
{
    public bool AlignRight => Kind is SimFieldKind.Number or SimFieldKind.Unit;

    public string Format(SimValue value, char unit)
    {
        if (value.Special is { } special)
        {
            return special;
        }
        return Kind switch
        {
            SimFieldKind.Unit => GanetiFormat.Unit(value.Number, unit),
            SimFieldKind.Number => GanetiFormat.Num(value.Number),
            _ => value.Text ?? GanetiFormat.Num(value.Number),
        };
    }
}

namespace GntTui.Views.Terminal;

/// <summary>Foreground, background and attributes of a cell. The default is the terminal's own.</summary>
public readonly record struct CellStyle(Color Foreground, Color Background, CellAttributes Attributes = CellAttributes.None)
{
    public static CellStyle Default => default;

    public CellStyle WithForeground(Color color) => this with { Foreground = color };

    public CellStyle WithBackground(Color color) => this with { Background = color };

    public CellStyle With(CellAttributes attributes) => this with { Attributes = Attributes | attributes };

    public CellStyle Without(CellAttributes attributes) => this with { Attributes = Attributes & ~attributes };

    public override string ToString()
    {
        var text = $"fg={Foreground} bg={Background}";
        return Attributes == CellAttributes.None ? text : $"{text} {Attributes}";
    }
}

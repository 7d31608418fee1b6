namespace GntTui.Views.Terminal;

[Flags]
public enum CellAttributes : byte
{
    None = 0,
    Bold = 1,
    Dim = 2,
    Italic = 4,
    Underline = 8,
    Reverse = 16,
}

namespace GntTui.Views.Themes;

/// <summary>A theme could not be loaded; the message names the file, the place in it, and what is accepted.</summary>
public sealed class ThemeException : Exception
{
    public ThemeException(string message)
        : base(message)
    {
    }

    public ThemeException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public ThemeException()
    {
    }
}

namespace GntTui.Views.Widgets;

public enum ToastLevel
{
    Info,
    Warning,
    Error,
}

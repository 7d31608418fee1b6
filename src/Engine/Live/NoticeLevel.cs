namespace GntTui.Engine.Live;

/// <summary>How much a notice matters to the operator.</summary>
public enum NoticeLevel
{
    Info,
    Warning,
    Error,
}

namespace GntTui.Views.Terminal;

/// <summary>How a terminal is told: a bell, and/or a desktop notification escape (iTerm2/kitty/WezTerm use OSC 9, urxvt/foot/Ghostty OSC 777).</summary>
[Flags]
public enum NotificationChannels
{
    None = 0,
    Bell = 1,
    Osc9 = 2,
    Osc777 = 4,
}

namespace GntTui.Views.Screens.Messages;

/// <summary>What the operator says to a roll.</summary>
public enum RollAnswer
{
    Pause,
    Continue,
    Abort,
}

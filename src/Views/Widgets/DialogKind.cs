namespace GntTui.Views.Widgets;

public enum DialogKind
{
    /// <summary>A message and buttons.</summary>
    Confirm,

    /// <summary>The user must type an exact string (the instance name) before Enter confirms.</summary>
    TypedConfirm,

    /// <summary>A line of text to enter.</summary>
    TextInput,
}

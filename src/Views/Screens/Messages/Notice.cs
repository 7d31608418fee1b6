using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Messages;

/// <summary>Posted by the App: a message shown as a toast ("job 42 succeeded", "refresh failed").</summary>
public sealed record Notice(string Text, ToastLevel Level);

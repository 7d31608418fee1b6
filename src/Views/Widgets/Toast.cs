namespace GntTui.Views.Widgets;

/// <summary>A short message that goes away by itself at <paramref name="ExpiresAt"/>.</summary>
public sealed record Toast(string Message, ToastLevel Level, DateTimeOffset ExpiresAt);

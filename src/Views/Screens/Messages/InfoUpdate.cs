using GntTui.Engine.Ganeti.Info;

namespace GntTui.Views.Screens.Messages;

/// <summary>Posted by the App: one object's <c>info</c> in sections, or why it could not be had.</summary>
public sealed record InfoUpdate(InfoKind Kind, string Name, ObjectInfo? Info, string? Error);

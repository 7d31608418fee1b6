using GntTui.Engine.Ganeti.Operations;

namespace GntTui.Views.Screens.Messages;

/// <summary>Posted by the App as soon as Ganeti accepted one of our operations: the job shows before the next refresh lists it.</summary>
public sealed record JobSubmitted(GanetiOperation Operation, long JobId);

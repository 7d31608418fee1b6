using GntTui.Engine.Operations;

namespace GntTui.Views.Screens.Messages;

/// <summary>Posted by the App while a multi-select's jobs run; <paramref name="GroupId"/> is the one the console gave the intent.</summary>
public sealed record GroupUpdate(int GroupId, JobGroupStatus Status);

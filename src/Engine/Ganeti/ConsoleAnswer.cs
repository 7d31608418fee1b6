namespace GntTui.Engine.Ganeti;

/// <summary>What Ganeti said about an instance's console: whether there is one to attach to, and its words (the command, or why there is none).</summary>
public sealed record ConsoleAnswer(bool CanAttach, string Text);

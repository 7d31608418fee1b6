namespace GntTui.Engine.HTools;

/// <summary>A node group line: <c>name|uuid|alloc_policy|tags|networks</c>.</summary>
public sealed record HtoolsGroup(string Name, string Uuid, string AllocPolicy, IReadOnlyList<string> Tags, IReadOnlyList<string> Networks);

namespace GntTui.Lab.Tests;

/// <summary>Lab tests share one cluster: they run one at a time.</summary>
[CollectionDefinition("lab", DisableParallelization = true)]
public sealed class LabCollection
{
}

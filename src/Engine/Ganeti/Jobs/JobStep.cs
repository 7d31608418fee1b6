namespace GntTui.Engine.Ganeti.Jobs;

/// <summary>Where a multi-step job stands: "STEP 3/6 Allocate new storage" (Ganeti's mcpu.py LogStep).</summary>
public sealed record JobStep(int Number, int Count, string Name);

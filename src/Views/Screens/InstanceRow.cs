using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens;

/// <summary>An instance with the job working on it and its disks' resync, when there are any.</summary>
internal sealed record InstanceRow(GanetiInstance Instance, CurrentJob? Job, ResyncSummary? Resync);

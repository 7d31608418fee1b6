using GntTui.Engine.Ganeti;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Instances;

/// <summary>
/// An instance with the job working on it. Resync progress is looked up when the cell is drawn, so a
/// DRBD snapshot every second does not rebuild, refilter and resort 20,000 rows.
/// </summary>
internal sealed record InstanceRow(GanetiInstance Instance, CurrentJob? Job);

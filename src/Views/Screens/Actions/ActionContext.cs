using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Actions;

/// <summary>
/// What a kind's actions see of the console when a command arrives: the data, who is at the
/// keyboard (for the <c>--reason</c>), the rows it applies to (the marked ones, else the selected
/// one) and the selected row alone (what Enter opens).
/// </summary>
internal sealed record ActionContext(ConsoleData Data, string? Operator, IReadOnlyList<string> Targets, string? Selected);

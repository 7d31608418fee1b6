using GntTui.Views.Widgets;

namespace GntTui.Views.Screens.Common;

/// <summary>What the detail pane shows for one object: every field, grouped under headings.</summary>
internal sealed record DetailContent(string Title, IReadOnlyList<DetailLine> Lines);

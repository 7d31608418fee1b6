using GntTui.Views.Screens.Actions;
using GntTui.Views.Screens.Common;

namespace GntTui.Views.Screens.Shell;

/// <summary>One resource kind as the console holds it: its list and its actions.</summary>
internal sealed record KindScreen(IResourceView View, IKindActions Actions)
{
    /// <summary>Pairs a view with actions that need the view itself (to find the row behind a key).</summary>
    public static KindScreen Of<TView>(TView view, Func<TView, IKindActions> actions) where TView : IResourceView => new(view, actions(view));
}

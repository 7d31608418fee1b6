using GntTui.Engine.Operations;

namespace GntTui.Views.Screens.Verify;

/// <summary>A verify finding with a key that survives a re-run (same finding, same key), and its place in Ganeti's order.</summary>
internal sealed record VerifyRow(VerifyItem Item, string Key, int Order);

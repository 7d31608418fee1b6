using GntTui.Engine.Operations;

namespace GntTui.Views.Live;

/// <summary>The candidate was checked off the loop: what to ask the operator.</summary>
internal sealed record FailoverChecked(MasterFailoverCheck Check);

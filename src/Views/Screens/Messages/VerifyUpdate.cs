using GntTui.Engine.Operations;

namespace GntTui.Views.Screens.Messages;

/// <summary>Posted by the App: verify started (<paramref name="Running"/>), ended (<paramref name="Report"/>) or could not run (<paramref name="Error"/>).</summary>
public sealed record VerifyUpdate(VerifyReport? Report, bool Running, string? Error);

using GntTui.Views.Screens.Verify;

namespace GntTui.Views.Screens.Shell;

/// <summary>What a kind's screen and actions are made from: the console's options, its clock, and the session state kinds share with the console.</summary>
internal sealed record KindSetup(ConsoleOptions Options, TimeProvider Time, VerifySession Verify);


namespace GntTui.Views.Screens.Shell;

/// <summary>
/// A resource kind's entry in the registry: its <c>:</c> command and alias, its number key, and how
/// to make its screen and actions. Palette entries and view keys are generated from these.
/// </summary>
internal sealed record ViewRegistration(
    Common.ViewKind Kind,
    string Command,
    string Alias,
    string Hotkey,
    string Description,
    Func<KindSetup, KindScreen> Create);

namespace GntTui.Views.Screens.Dialogs;

/// <summary>One choice of an operation dialog ("target", "mode"): its options, changed with ←/→.</summary>
internal sealed class ChoiceField
{
    public ChoiceField(string label, IReadOnlyList<string> options, int selected = 0)
    {
        if (options.Count == 0)
        {
            throw new ArgumentException($"choice '{label}' has no options", nameof(options));
        }

        Label = label;
        Options = options;
        Selected = Math.Clamp(selected, 0, options.Count - 1);
    }

    public string Label { get; }

    public IReadOnlyList<string> Options { get; }

    public int Selected { get; private set; }

    public string Text => Options[Selected];

    public void Move(int delta) => Selected = (((Selected + delta) % Options.Count) + Options.Count) % Options.Count;

    public void Select(int index) => Selected = Math.Clamp(index, 0, Options.Count - 1);
}

using GntTui.Views.Screens.Common;
using GntTui.Views.Screens.Messages;

namespace GntTui.Views.Screens.Verify;

/// <summary>The codes the operator demoted to warnings (<c>--ignore-errors</c>) this session; every verify run sends them.</summary>
internal sealed class VerifySession
{
    private readonly List<string> _ignored = [];

    public IReadOnlyList<string> IgnoredCodes => _ignored;

    /// <summary>Asks the App for a run with the demoted codes; the data marked running, or null when one already runs.</summary>
    public ConsoleData? Start(ConsoleData data, Action<ConsoleIntent> intents)
    {
        if (data.Verify is { Running: true })
        {
            return null;
        }

        intents(new ConsoleIntent.Verify([.. _ignored]));
        return data.WithVerify(new VerifyUpdate(data.Verify?.Report, Running: true, null));
    }

    public bool IsIgnored(string code) => _ignored.Contains(code);

    public void Ignore(string code)
    {
        if (!IsIgnored(code))
        {
            _ignored.Add(code);
        }
    }
}

namespace GntTui.Views.Screens.Verify;

/// <summary>The codes the operator demoted to warnings (<c>--ignore-errors</c>) this session; every verify run sends them.</summary>
internal sealed class VerifySession
{
    private readonly List<string> _ignored = [];

    public IReadOnlyList<string> IgnoredCodes => _ignored;

    public bool IsIgnored(string code) => _ignored.Contains(code);

    public void Ignore(string code)
    {
        if (!IsIgnored(code))
        {
            _ignored.Add(code);
        }
    }
}

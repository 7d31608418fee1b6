using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GntTui.Simulator;

/// <summary>
/// The name a demo run's local state (cached snapshot, audit rows) is kept under: the size and seed,
/// or the state file, are part of it, so a large demo never opens on the small demo's cached picture.
/// </summary>
public static class DemoKey
{
    public static string For(string clusterName, DemoSize size, long seed, string? statePath)
    {
        ArgumentNullException.ThrowIfNull(size);
        if (statePath is not null)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(statePath)));
            return $"demo:{clusterName}/state-{Convert.ToHexStringLower(hash)[..12]}";
        }

        return string.Create(CultureInfo.InvariantCulture, $"demo:{clusterName}/{size.Nodes}n{size.Instances}i-seed{seed}");
    }
}

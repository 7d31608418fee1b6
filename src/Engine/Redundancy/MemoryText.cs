using System.Globalization;

namespace GntTui.Engine.Redundancy;

/// <summary>MiB for a sentence: "512 MiB", "3.0 GiB" (binary units, as Ganeti's own).</summary>
internal static class MemoryText
{
    public static string Format(long mib) => Math.Abs(mib) < 1024
        ? mib.ToString(CultureInfo.InvariantCulture) + " MiB"
        : (mib / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " GiB";
}

using System.Globalization;
using GntTui.Engine.Ganeti;

namespace GntTui.Views.Screens.Common;

/// <summary>
/// Sizes and speeds as people read them in a narrow column, the same in the console and in
/// <c>gnt-tui status</c> / <c>drbd --replay</c>. Ganeti's special values stay as Ganeti prints them.
/// </summary>
public static class Units
{
    /// <summary>A size in MiB: "512M", "2.0G", "1.5T"; an offline node's <c>*</c> stays <c>*</c>, never 0.</summary>
    public static string Mebibytes(Reading<long> mib) => mib.HasValue ? Mebibytes(mib.Value) : mib.ToString();

    public static string Mebibytes(long mib) => mib switch
    {
        >= 1024L * 1024 => Scaled(mib / (1024.0 * 1024), "T"),
        >= 1024 => Scaled(mib / 1024.0, "G"),
        _ => mib.ToString(CultureInfo.InvariantCulture) + "M",
    };

    public static string Kibibytes(long? kib) => kib switch
    {
        null => "",
        < 1024 => kib.Value.ToString(CultureInfo.InvariantCulture) + "K",
        _ => Mebibytes(kib.Value / 1024),
    };

    /// <summary>A DRBD rate in KiB/s: "512 KiB/s", "110 MiB/s", "1.2 GiB/s".</summary>
    public static string Speed(double? kibps) => kibps switch
    {
        null => "",
        >= 1024 * 1024 => $"{(kibps.Value / (1024 * 1024)).ToString("0.0", CultureInfo.InvariantCulture)} GiB/s",
        >= 1024 => $"{(kibps.Value / 1024).ToString("0", CultureInfo.InvariantCulture)} MiB/s",
        _ => $"{kibps.Value.ToString("0", CultureInfo.InvariantCulture)} KiB/s",
    };

    public static string Percent(double? percent) =>
        percent is { } p ? p.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "";

    public static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Scaled(double value, string unit) =>
        (value >= 100 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.0", CultureInfo.InvariantCulture)) + unit;
}

using System.Globalization;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>/proc/drbd (8.4) text for scripted samples.</summary>
internal static class ProcText
{
    public const string Header = "version: 8.4.3 (api:1/proto:86-101)\n";

    public static string Of(params string[] minors) => Header + string.Concat(minors);

    public static string Connected(int minor, string role = "Primary", string peer = "Secondary") =>
        $" {minor}: cs:Connected ro:{role}/{peer} ds:UpToDate/UpToDate C r-----\n    ns:1 nr:0 dw:1 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:0\n";

    public static string WFConnection(int minor, string role = "Primary") =>
        $" {minor}: cs:WFConnection ro:{role}/Unknown ds:UpToDate/DUnknown C r-----\n    ns:0 nr:0 dw:0 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:4096\n";

    public static string StandAlone(int minor, string role = "Primary") =>
        $" {minor}: cs:StandAlone ro:{role}/Unknown ds:UpToDate/DUnknown   r-----\n    ns:0 nr:0 dw:0 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:4096\n";

    /// <summary>A resync line pair; <paramref name="average"/> is DRBD's since-start average (parentheses).</summary>
    public static string Sync(int minor, string cs, long remainingKiB, long totalKiB, long speed = 65536, long? average = null, bool stalled = false)
    {
        var (role, peer, disk, peerDisk) = cs == "SyncSource"
            ? ("Primary", "Secondary", "UpToDate", "Inconsistent")
            : ("Secondary", "Primary", "Inconsistent", "UpToDate");
        var percent = 100.0 * (totalKiB - remainingKiB) / totalKiB;
        var finish = TimeSpan.FromSeconds(speed > 0 ? remainingKiB / speed : 0);
        var c = CultureInfo.InvariantCulture;
        return $" {minor}: cs:{cs} ro:{role}/{peer} ds:{disk}/{peerDisk} C r-----\n"
            + $"    ns:0 nr:0 dw:0 dr:0 al:0 bm:0 lo:0 pe:0 ua:0 ap:0 ep:1 wo:f oos:{remainingKiB.ToString(c)}\n"
            + $"\t[=====>..............] sync'ed: {percent.ToString("0.0", c)}% ({remainingKiB.ToString(c)}/{totalKiB.ToString(c)})K\n"
            + $"\tfinish: {(int)finish.TotalHours}:{finish.Minutes:00}:{finish.Seconds:00} speed: {speed.ToString("N0", c)} ({(average ?? speed).ToString("N0", c)}) K/sec"
            + (stalled ? " (stalled)" : "") + "\n";
    }
}

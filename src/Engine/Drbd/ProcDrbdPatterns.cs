using System.Text.RegularExpressions;

namespace GntTui.Engine.Drbd;

/// <summary>
/// The named patterns of /proc/drbd (8.x), after Ganeti's drbd_info.py: each matches one field
/// anywhere in a minor's joined text, so line breaks, glued lines (<c>)Mfinish:</c>) and field
/// order do not matter. Numbers and names are length-bounded so a mangled input can neither overflow a number nor
/// make a pattern backtrack over a huge line.
/// </summary>
internal static partial class ProcDrbdPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>A line that starts a minor (Ganeti's _VALID_LINE_RE, but allowing "N:cs:").</summary>
    [GeneratedRegex(@"^\s*\d{1,9}:\s*cs:", Options)]
    public static partial Regex MinorStart();

    [GeneratedRegex(@"^\s*(?<minor>\d{1,9}):\s*cs:(?<cs>\S{0,40})", Options)]
    public static partial Regex MinorAndConnection();

    // 8.0 prints "st:", 8.3+ "ro:".
    [GeneratedRegex(@"\b(st|ro):(?<local>[^/\s]{0,40})/(?<peer>\S{0,40})", Options)]
    public static partial Regex Roles();

    [GeneratedRegex(@"\bds:(?<local>[^/\s]{0,40})/(?<peer>\S{0,40})", Options)]
    public static partial Regex Disks();

    // The protocol letter sits one blank after ds:; unconnected minors print a blank instead.
    [GeneratedRegex(@"\bds:\S{1,81} (?<proto>[A-Z])(?=\s|$)", Options)]
    public static partial Regex Protocol();

    [GeneratedRegex(@"\bds:\S{1,81}\s{1,8}(?:[A-Z]\s{1,8})?(?<flags>[a-z-]{1,16})(?=\s|$)", Options)]
    public static partial Regex Flags();

    [GeneratedRegex(@"\b(?<key>ns|nr|dw|dr|al|bm|lo|pe|ua|ap|ep|oos):(?<value>\d{1,19})\b", Options)]
    public static partial Regex Counter();

    [GeneratedRegex(@"\bwo:(?<wo>[a-z])\b", Options)]
    public static partial Regex WriteOrder();

    // "sync'ed: 34.9% (346112/524288)M" – remaining/total, unit K or M.
    [GeneratedRegex(@"(?<kind>sync'ed|verified):\s*(?<pct>\d{1,3}(\.\d{1,6})?)%\s*\((?<left>[\d,]{1,25})/(?<total>[\d,]{1,25})\)(?<unit>[KMG]?)", Options)]
    public static partial Regex Progress();

    // Hours are not bounded to 24 (finish: 49:21:38).
    [GeneratedRegex(@"finish:\s*(?<h>\d{1,7}):(?<m>\d{1,2}):(?<s>\d{1,2})", Options)]
    public static partial Regex Finish();

    // "speed: 59,392 (59,392)" or, with proc_details, "speed: 1 (2 -- 3)" (the last is the average).
    [GeneratedRegex(@"speed:\s*(?<cur>[\d,]{1,25})\s*\(\s*(?<a>[\d,]{1,25})(\s*--\s*(?<b>[\d,]{1,25}))?\s*\)", Options)]
    public static partial Regex Speed();

    [GeneratedRegex(@"want:\s*(?<want>[\d,]{1,25})", Options)]
    public static partial Regex Want();

    [GeneratedRegex(@"K/sec", Options)]
    public static partial Regex SpeedUnit();

    [GeneratedRegex(@"\(stalled\)", Options)]
    public static partial Regex Stalled();

    [GeneratedRegex(@"queue_delay:\s*(?<ms>\d{1,9}(\.\d{1,6})?)\s*ms", Options)]
    public static partial Regex QueueDelay();

    // Text we know and skip: the progress bar, 8.0's cache statistics, proc_details position line.
    [GeneratedRegex(@"\[[=>.]{0,40}\]", Options)]
    public static partial Regex ProgressBar();

    [GeneratedRegex(@"\b(resync|act_log):\s*used:\d+/\d+(\s+[a-z_]+:\d+)*", Options)]
    public static partial Regex CacheStatistics();

    [GeneratedRegex(@"\d{1,3}%\s*sector pos:\s*\d+/\d+(\s*stop sector:\s*\d+)?", Options)]
    public static partial Regex SectorPosition();

    // Header lines before the first minor.
    [GeneratedRegex(@"^\s*version:\s*(?<release>\S+)(\s*\(api:(?<api>[^/)]*)/proto:(?<proto>[^)]*)\))?", Options)]
    public static partial Regex VersionLine();

    [GeneratedRegex(@"^\s*srcversion:\s*(?<src>\S+)", Options)]
    public static partial Regex SourceVersionLine();

    [GeneratedRegex(@"^\s*GIT-hash:\s*(?<hash>\S+)(\s+build by\s+(?<by>.*\S))?", Options)]
    public static partial Regex GitHashLine();
}

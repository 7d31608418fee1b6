using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GntTui.App.Tests;

/// <summary>
/// <c>gnt-tui drbd --replay FILE --json</c> on each of Ganeti's own test/data/proc_drbd*.txt (copied
/// into Fixtures/ganeti-proc-drbd, see its README) says what Ganeti's tests assert about that file:
/// test/hs/Test/Ganeti/Storage/Drbd/Parser.hs (every field of every minor) and
/// test/py/legacy/ganeti.storage.drbd_unittest.py (TestDRBD8Status: states, is_in_resync, sync_percent,
/// minors not found). Each expected line below is Parser.hs's DeviceInfo for that minor, written as
/// "minor cs ro ds protocol flags counters [sync]"; a protocol of '_' is Parser.hs's ' ' (StandAlone),
/// counters are PerfIndicators' ns nr dw dr lo pe ua ap wo oos ('-' = Nothing, as 8.0 prints no wo/oos),
/// and sync sizes are KiB: Parser.hs's MegaByte unit is 1024 of them.
/// </summary>
public sealed class GanetiProcDrbdReplayTests
{
    private const string Hash80 = "5c9f89594553e32adb87d9638dce591782f947e3";
    private const string Hash83 = "fd40f4a8f9104941537d1afc8521e584a6d3003c";
    private const string Hash84 = "7ad5f850d711223713d6dcadc3dd48860321070c";
    private const string By83 = "phil@fat-tyre, 2009-03-27 12:19:49";
    private const string By84 = "root@example.com, 2013-04-10 07:45:25";
    private const string By80 = "root@node1.example.com, 2009-05-22 12:47:52";

    private const string D83Minor0 = "0 Connected Primary/Secondary UpToDate/UpToDate C r---- ns:140978 nr:0 dw:9906 dr:131533 lo:0 pe:0 ua:0 ap:0 wo:b oos:0";
    private const string D83Minor1 = "1 Connected Secondary/Primary UpToDate/UpToDate C r--- ns:0 nr:140980 dw:140980 dr:0 lo:0 pe:0 ua:0 ap:0 wo:f oos:0";
    private const string D83Minor4 = "4 WFConnection Primary/Unknown UpToDate/DUnknown C r---- ns:140978 nr:0 dw:9906 dr:131534 lo:0 pe:0 ua:0 ap:0 wo:b oos:0";
    private const string D84Minor1 = "1 Connected Secondary/Primary UpToDate/UpToDate C r----- ns:0 nr:1048576 dw:1048576 dr:0 lo:0 pe:0 ua:0 ap:0 wo:f oos:0";
    private const string D84Minor4 = "4 WFConnection Primary/Unknown UpToDate/DUnknown C r----- ns:0 nr:0 dw:0 dr:200 lo:0 pe:0 ua:0 ap:0 wo:f oos:1048320";
    private const string D84Minor6 = "6 Connected Secondary/Primary Diskless/UpToDate C r----- ns:0 nr:0 dw:0 dr:0 lo:0 pe:0 ua:0 ap:0 wo:b oos:0";
    private const string D84Minor8 = "8 StandAlone Secondary/Unknown UpToDate/DUnknown _ r----- ns:0 nr:0 dw:0 dr:200 lo:0 pe:0 ua:0 ap:0 wo:f oos:1048320";
    private const string D80Minor0 = "0 Connected Primary/Secondary UpToDate/UpToDate C r--- ns:78728316 nr:0 dw:77675644 dr:1277039 lo:0 pe:0 ua:0 ap:0 wo:- oos:-";

    /// <summary>file → version "release api proto srcversion githash builtby", then one line per minor.</summary>
    public static TheoryData<string, string, string[]> Files() => new()
    {
        {
            "proc_drbd8.txt", $"8.0.12 86 86 - {Hash80} XXX",
            [
                "0 Connected Primary/Secondary UpToDate/UpToDate C r--- ns:4375577 nr:0 dw:4446279 dr:674 lo:0 pe:0 ua:0 ap:0 wo:- oos:-",
                "1 Connected Secondary/Primary UpToDate/UpToDate C r--- ns:738320 nr:0 dw:738320 dr:554400 lo:0 pe:0 ua:0 ap:0 wo:- oos:-",
                "2 Unconfigured",
                "4 WFConnection Primary/Unknown UpToDate/DUnknown C r--- ns:738320 nr:0 dw:738320 dr:554400 lo:0 pe:0 ua:0 ap:0 wo:- oos:-",
                "5 Connected Primary/Secondary UpToDate/Diskless C r--- ns:4375581 nr:0 dw:4446283 dr:674 lo:0 pe:0 ua:0 ap:0 wo:- oos:-",
                "6 Connected Secondary/Primary Diskless/UpToDate C r--- ns:0 nr:4375581 dw:5186925 dr:327 lo:0 pe:0 ua:0 ap:0 wo:- oos:-",
                "7 WFConnection Secondary/Unknown UpToDate/DUnknown C r--- ns:0 nr:0 dw:0 dr:0 lo:0 pe:0 ua:0 ap:0 wo:- oos:-",
                "8 StandAlone Secondary/Unknown UpToDate/DUnknown _ r--- ns:0 nr:0 dw:0 dr:0 lo:0 pe:0 ua:0 ap:0 wo:- oos:-",
            ]
        },
        {
            "proc_drbd80-emptyline.txt", $"8.0.12 86 86 - {Hash80} {By80}",
            [D80Minor0, "1 Unconfigured", "2 Unconfigured", "5 Unconfigured", "6 Unconfigured"]
        },
        {
            // Parser.hs: VersionInfo Nothing Nothing Nothing Nothing (Just hash) (Just by); the Python parser refuses the file.
            "proc_drbd80-emptyversion.txt", $"- - - - {Hash80} {By80}",
            [D80Minor0, "1 Unconfigured", "2 Unconfigured", "5 Unconfigured", "6 Unconfigured"]
        },
        {
            "proc_drbd83.txt", $"8.3.1 88 86-89 - {Hash83} {By83}",
            [
                D83Minor0, D83Minor1, "2 Unconfigured", D83Minor4,
                "5 Connected Primary/Secondary UpToDate/Diskless C r---- ns:140978 nr:0 dw:9906 dr:131533 lo:0 pe:0 ua:0 ap:0 wo:b oos:0",
                "6 Connected Secondary/Primary Diskless/UpToDate C r--- ns:0 nr:140978 dw:140978 dr:0 lo:0 pe:0 ua:0 ap:0 wo:f oos:0",
                "7 WFConnection Secondary/Unknown UpToDate/DUnknown C r--- ns:0 nr:140978 dw:140978 dr:0 lo:0 pe:0 ua:0 ap:0 wo:f oos:0",
                "8 StandAlone Secondary/Unknown UpToDate/DUnknown _ r--- ns:0 nr:140978 dw:140978 dr:0 lo:0 pe:0 ua:0 ap:0 wo:f oos:0",
            ]
        },
        {
            // SyncStatus 34.9 346112 524288 MegaByte (Time 0 0 5) 59392 Nothing; Python: is_in_resync, sync_percent 34.9.
            "proc_drbd83_sync.txt", $"8.3.1 88 86-89 - {Hash83} {By83}",
            [
                D83Minor0, D83Minor1, "2 Unconfigured",
                "3 SyncTarget Primary/Secondary Inconsistent/UpToDate C r---- ns:0 nr:178176 dw:178176 dr:0 lo:0 pe:0 ua:0 ap:0 wo:b oos:346112"
                    + " resync:34.9% 354418688/536870912 finish:5 speed:59392 want:-",
                D83Minor4,
            ]
        },
        {
            // The NUL and the glued ")Mfinish:" of kernel 2.6.39; SyncStatus 2.4 14996 15360 MegaByte (Time 0 4 8) 61736 Nothing.
            "proc_drbd83_sync_krnl2.6.39.txt", $"8.3.1 88 86-89 - {Hash83} {By83}",
            [
                D83Minor0, D83Minor1, "2 Unconfigured",
                "3 SyncSource Primary/Secondary UpToDate/Inconsistent A r----- ns:373888 nr:0 dw:0 dr:374088 lo:7 pe:27 ua:7 ap:0 wo:f oos:15358208"
                    + " resync:2.4% 15355904/15728640 finish:248 speed:61736 want:-",
                D83Minor4,
            ]
        },
        {
            // Not from git (srcversion, no GIT-hash), and want: SyncStatus 44.4 588416 1048576 KiloByte (Time 0 0 8) 65736 (Just 61440).
            "proc_drbd83_sync_want.txt", "8.3.11 88 86-96 2D876214BAAD53B31ADC1D6 - -",
            [
                "0 SyncTarget Secondary/Primary Inconsistent/UpToDate C r----- ns:0 nr:460288 dw:460160 dr:0 lo:2 pe:4 ua:1 ap:0 wo:f oos:588416"
                    + " resync:44.4% 588416/1048576 finish:8 speed:65736 want:61440",
                "1 Unconfigured", "2 Unconfigured", "3 Unconfigured",
            ]
        },
        {
            "proc_drbd84.txt", $"8.4.2 1 86-101 - {Hash84} {By84}",
            [
                "0 Connected Primary/Secondary UpToDate/UpToDate C r----- ns:1048576 nr:0 dw:0 dr:1048776 lo:0 pe:0 ua:0 ap:0 wo:f oos:0",
                D84Minor1, "2 Unconfigured", D84Minor4, D84Minor6, D84Minor8,
            ]
        },
        {
            "proc_drbd84_emptyfirst.txt", $"8.4.2 1 86-101 - {Hash84} {By84}",
            [D84Minor1, "2 Unconfigured", D84Minor4, D84Minor6, D84Minor8]
        },
        {
            // SyncStatus 68.5 335744 1048576 KiloByte (Time 0 0 5) 64800 Nothing; Python: is_in_resync, sync_percent 68.5.
            "proc_drbd84_sync.txt", $"8.4.2 1 86-101 - {Hash84} {By84}",
            [
                "0 StandAlone Primary/Unknown UpToDate/DUnknown _ r----- ns:0 nr:0 dw:33318 dr:730 lo:0 pe:0 ua:0 ap:0 wo:d oos:1048320",
                "3 Unconfigured",
                "5 SyncSource Secondary/Secondary UpToDate/Inconsistent C r---n- ns:716992 nr:0 dw:0 dr:719432 lo:0 pe:33 ua:18 ap:0 wo:f oos:335744"
                    + " resync:68.5% 335744/1048576 finish:5 speed:64800 want:-",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Replay_agrees_with_ganetis_tests(string file, string version, string[] minors)
    {
        var (exit, stdout, stderr) = await BuiltGntTui.RunAsync("drbd", "--replay", Fixture(file), "--json");

        Assert.True(exit == 0, $"exit {exit}: {stderr}");
        using var json = JsonDocument.Parse(stdout);
        var capture = Assert.Single(json.RootElement.GetProperty("captures").EnumerateArray());
        Assert.Equal(version, Version(capture));
        Assert.Equal(minors, capture.GetProperty("devices").EnumerateArray().Select(Describe));
        Assert.False(capture.GetProperty("noDrbd").GetBoolean());
        // The Python parser refuses a file without a version line; ours reads it and says so.
        Assert.Equal(file == "proc_drbd80-emptyversion.txt",
            capture.GetProperty("notes").EnumerateArray().Any(n => n.GetString()!.StartsWith("no version line", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("proc_drbd8.txt", 9)] // drbd_unittest.py testMinorNotFound
    [InlineData("proc_drbd83.txt", 9)]
    [InlineData("proc_drbd80-emptyline.txt", 3)]
    [InlineData("proc_drbd84_emptyfirst.txt", 0)]
    public async Task Minors_ganeti_does_not_find_are_not_listed(string file, int minor)
    {
        var (_, stdout, _) = await BuiltGntTui.RunAsync("drbd", "--replay", Fixture(file), "--json");

        using var json = JsonDocument.Parse(stdout);
        var devices = json.RootElement.GetProperty("captures")[0].GetProperty("devices").EnumerateArray();
        Assert.DoesNotContain(devices, d => d.GetProperty("minor").GetInt32() == minor);
    }

    [Fact]
    public async Task The_table_shows_want_beside_drbds_speed()
    {
        var (exit, stdout, _) = await BuiltGntTui.RunAsync("drbd", "--replay", Fixture("proc_drbd83_sync_want.txt"));

        Assert.Equal(0, exit);
        Assert.Contains("64 MiB/s (want 60 MiB/s)", stdout, StringComparison.Ordinal);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ganeti-proc-drbd", name);

    private static string Version(JsonElement capture)
    {
        string Get(string name) => capture.GetProperty(name).GetString() ?? "-";
        return string.Join(' ', Get("release"), Get("api"), Get("protocolVersion"), Get("sourceVersion"), Get("gitHash"), Get("builtBy"));
    }

    private static string Describe(JsonElement d)
    {
        var c = CultureInfo.InvariantCulture;
        var connection = d.GetProperty("connection").GetString();
        var text = new StringBuilder(string.Create(c, $"{d.GetProperty("minor").GetInt32()} {connection}"));
        if (connection == "Unconfigured")
        {
            Assert.False(d.GetProperty("inResync").GetBoolean());
            return text.ToString();
        }

        text.Append(c, $" {d.GetProperty("role").GetString()}/{d.GetProperty("peerRole").GetString()}");
        text.Append(c, $" {d.GetProperty("disk").GetString()}/{d.GetProperty("peerDisk").GetString()}");
        text.Append(c, $" {d.GetProperty("protocol").GetString() ?? "_"} {d.GetProperty("flags").GetString()}");
        var n = d.GetProperty("counters");
        foreach (var (key, field) in new[] { ("ns", "sentKiB"), ("nr", "receivedKiB"), ("dw", "diskWriteKiB"), ("dr", "diskReadKiB"), ("lo", "localPending"),
                     ("pe", "pending"), ("ua", "unacked"), ("ap", "applicationPending"), ("wo", "writeOrder"), ("oos", "outOfSyncKiB") })
        {
            text.Append(c, $" {key}:{Value(n.GetProperty(field))}");
        }

        // drbd_unittest.py: is_in_resync with sync_percent, or neither.
        if (d.GetProperty("inResync").GetBoolean())
        {
            text.Append(c, $" resync:{d.GetProperty("percent").GetDouble().ToString(c)}% {Value(d.GetProperty("remainingKiB"))}/{Value(d.GetProperty("totalKiB"))}");
            text.Append(c, $" finish:{Value(d.GetProperty("drbdFinishSeconds"))} speed:{Value(d.GetProperty("drbdSpeedKiBps"))} want:{Value(d.GetProperty("wantKiBps"))}");
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, d.GetProperty("percent").ValueKind);
        }

        return text.ToString();
    }

    private static string Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => "-",
        JsonValueKind.String => e.GetString()!,
        _ => e.GetRawText(),
    };
}

using GntTui.Engine.Drbd;

namespace GntTui.Engine.Tests.Drbd;

/// <summary>
/// The parser's exact notes for odd counters, leftovers and line shapes: they pin its behaviour
/// where it reads by position and walks lines as spans (the allocation work), so the output is
/// the same as when it went through Match objects and string.Split.
/// </summary>
public sealed class ProcDrbdCounterAndLeftoverTests
{
    private const string Header = "version: 8.4.11-1 (api:1/proto:86-101)\nsrcversion: 4E1A1E5CC9C1D4F7A4A0C3A\n";
    private const string State = " 0: cs:Connected ro:Primary/Secondary ds:UpToDate/UpToDate C r-----\n";

    private static DrbdDevice One(string counters) =>
        Assert.Single(ProcDrbdParser.ParseCore(Header + State + counters, "node1", Fixture.Time).Devices);

    [Fact]
    public void Every_counter_lands_in_its_field()
    {
        var d = One("    ns:1 nr:2 dw:3 dr:4 al:5 bm:6 lo:7 pe:8 ua:9 ap:10 ep:11 wo:d oos:12\n");
        Assert.Empty(d.Notes);
        var c = d.Counters;
        Assert.Equal((1L, 2L, 3L, 4L, 12L), (c.SentKiB, c.ReceivedKiB, c.DiskWriteKiB, c.DiskReadKiB, c.OutOfSyncKiB));
        Assert.Equal((7L, 8L, 9L, 10L, 'd'), (c.LocalPending, c.Pending, c.Unacked, c.ApplicationPending, c.WriteOrder));
    }

    [Fact]
    public void A_repeated_counter_keeps_the_first_and_says_so()
    {
        var d = One("    ns:1 nr:2 dw:3 dr:4 oos:5 ns:99\n");
        Assert.Equal(1L, d.Counters.SentKiB);
        Assert.Equal(["counter ns repeated; kept the first"], d.Notes);
    }

    [Fact]
    public void A_counter_past_long_range_is_a_note_and_missing()
    {
        var d = One("    ns:1 nr:2 dw:3 dr:4 oos:9999999999999999999\n");
        Assert.Null(d.Counters.OutOfSyncKiB);
        Assert.Equal(["counter oos out of range"], d.Notes);
    }

    [Fact]
    public void Only_unreadable_counters_read_as_no_counters()
    {
        var d = One("    oos:9999999999999999999\n");
        Assert.Same(DrbdCounters.None, d.Counters);
        Assert.Equal(["counter oos out of range", "no counters (ns:/nr:/dw:/dr:)"], d.Notes);
    }

    [Fact]
    public void Leftover_text_is_reported_trimmed_in_order_and_capped()
    {
        var d = One("    ns:1  alpha  nr:2 beta\tgamma dw:3 delta dr:4 epsilon oos:0\n");
        Assert.Equal(["unrecognised text 'alpha'", "unrecognised text 'beta?gamma'", "unrecognised text 'delta'", "1 more unrecognised pieces"], d.Notes);
    }

    [Fact]
    public void Line_endings_blank_lines_and_a_NUL_do_not_change_what_is_read()
    {
        var plain = ProcDrbdParser.ParseCore(Header + State + "    ns:1 nr:2 dw:3 dr:4 oos:0\n", "n", Fixture.Time);
        var odd = ProcDrbdParser.ParseCore(
            Header.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n" + State.Replace("r-----", "r---\0-", StringComparison.Ordinal)
            + "   \n    ns:1 nr:2\r\n dw:3 dr:4 oos:0", "n", Fixture.Time);
        Assert.Equal(plain.Version, odd.Version);
        var (a, b) = (Assert.Single(plain.Devices), Assert.Single(odd.Devices));
        Assert.Equal(a.Counters, b.Counters);
        Assert.Equal((a.Connection, a.Role, a.Disk), (b.Connection, b.Role, b.Disk));
        Assert.Equal(["unrecognised text '-'"], b.Notes);
        Assert.Empty(plain.Notes);
        Assert.Empty(odd.Notes);
    }
}

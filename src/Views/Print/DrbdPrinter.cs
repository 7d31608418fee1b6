using System.Globalization;
using System.Text.Json;
using GntTui.Engine.Drbd;
using GntTui.Engine.Text;
using GntTui.Views.Screens.Common;
using Spectre.Console;

namespace GntTui.Views.Print;

/// <summary>Spectre.Console tables and plain JSON for <c>gnt-tui drbd --replay</c>: non-interactive output only.</summary>
public static class DrbdPrinter
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    /// <summary>The replay for scripts (see <see cref="ToJson"/>).</summary>
    public static string Json(string file, DrbdReplayResult result) => JsonSerializer.Serialize(ToJson(file, result), JsonOptions);

    public static void Print(string file, DrbdReplayResult result) => Print(ScriptOutput.Standard(), file, result);

    /// <summary>The same, written to <paramref name="console"/> (a test console, or stdout as judged by <see cref="ScriptOutput"/>).</summary>
    public static void Print(IAnsiConsole console, string file, DrbdReplayResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var first = result.Frames[0].Time;
        var last = result.Frames[^1].Time;
        var nodes = string.Join(", ", result.Frames.Select(f => f.Node).Distinct(StringComparer.OrdinalIgnoreCase));
        console.MarkupLine($"[bold]{PrintText.Esc(file)}[/]: {result.Frames.Count} capture(s) of {PrintText.Esc(nodes)}, {Time(first)} to {Time(last)}");

        foreach (var frame in result.Latest())
        {
            console.Write(Devices(frame, result.HasEstimates));
        }
        var timeline = result.Timeline();
        if (result.HasEstimates && timeline.Count > 0)
        {
            console.Write(Timeline(timeline));
        }
        foreach (var frame in result.Frames)
        {
            foreach (var note in frame.Sample.AllNotes())
            {
                console.MarkupLine($"[yellow]warning:[/] {Time(frame.Time)} {PrintText.Esc(frame.Node)}: {PrintText.Esc(note)}");
            }
        }
    }

    /// <summary>Flat, stable field names for scripts; sizes KiB, speeds KiB/s, durations seconds.</summary>
    private static object ToJson(string file, DrbdReplayResult result) => new
    {
        file,
        captures = result.Frames.Select(f => new
        {
            time = f.Time,
            node = f.Node,
            release = f.Sample.Version?.Release,
            api = f.Sample.Version?.Api,
            protocolVersion = f.Sample.Version?.Protocol,
            sourceVersion = f.Sample.Version?.SourceVersion,
            gitHash = f.Sample.Version?.GitHash,
            builtBy = f.Sample.Version?.BuiltBy,
            noDrbd = f.Sample.NoDrbd,
            notes = f.Sample.Notes,
            devices = f.Rows.Select(r => new
            {
                minor = r.Minor,
                connection = r.Device.ConnectionText.Length > 0 ? r.Device.ConnectionText : r.Device.Connection.ToString(),
                role = r.Device.Role.ToString(),
                peerRole = r.Device.PeerRole.ToString(),
                disk = r.Device.Disk.ToString(),
                peerDisk = r.Device.PeerDisk.ToString(),
                protocol = r.Device.Protocol?.ToString(),
                flags = r.Device.Flags,
                health = r.Health.ToString(),
                percent = r.Estimate.Percent ?? r.Device.Sync?.Percent,
                remainingKiB = r.Estimate.RemainingKiB ?? r.Device.Sync?.RemainingKiB,
                totalKiB = r.Estimate.TotalKiB ?? r.Device.Sync?.TotalKiB,
                drbdSpeedKiBps = r.Device.Sync?.SpeedKiBps,
                wantKiBps = r.Device.Sync?.WantKiBps,
                averageSpeedKiBps = r.Device.Sync?.AverageSpeedKiBps,
                inResync = r.Device.IsInResync,
                progressLine = r.Device.Sync?.FromProgressLine,
                verify = r.Device.Sync?.IsVerify,
                counters = r.Device.Counters == DrbdCounters.None ? null : new
                {
                    sentKiB = r.Device.Counters.SentKiB,
                    receivedKiB = r.Device.Counters.ReceivedKiB,
                    diskWriteKiB = r.Device.Counters.DiskWriteKiB,
                    diskReadKiB = r.Device.Counters.DiskReadKiB,
                    outOfSyncKiB = r.Device.Counters.OutOfSyncKiB,
                    localPending = r.Device.Counters.LocalPending,
                    pending = r.Device.Counters.Pending,
                    unacked = r.Device.Counters.Unacked,
                    applicationPending = r.Device.Counters.ApplicationPending,
                    writeOrder = r.Device.Counters.WriteOrder?.ToString(),
                },
                drbdFinishSeconds = r.Device.Sync?.Finish?.TotalSeconds,
                currentSpeedKiBps = r.Estimate.CurrentSpeedKiBps,
                smoothedSpeedKiBps = r.Estimate.SmoothedSpeedKiBps,
                etaSeconds = r.Estimate.Eta?.TotalSeconds,
                stalled = r.Estimate.Stalled,
                disagrees = r.Estimate.Disagrees,
                paused = r.Estimate.Paused,
                notes = r.Device.Notes,
            }),
        }),
    };

    private static Table Devices(DrbdReplayFrame frame, bool estimates)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"{PrintText.Esc(frame.Node)} at {Time(frame.Time)}" + (frame.Sample.Version?.Release is { } release ? $"  DRBD {PrintText.Esc(release)}" : ""));
        var headers = new List<string> { "Minor", "Connection", "Roles", "Disks", "Progress", "Remaining", "Speed", "Finish" };
        if (estimates)
        {
            headers.AddRange(["Our speed", "Our ETA"]);
        }
        headers.Add("Health");
        foreach (var h in headers)
        {
            table.AddColumn(new TableColumn(h).NoWrap());
        }
        foreach (var r in frame.Rows)
        {
            var d = r.Device;
            var s = d.Sync;
            var cells = new List<string>
            {
                r.Minor.ToString(C),
                PrintText.Esc(d.ConnectionText.Length > 0 ? d.ConnectionText : d.Connection.ToString()),
                d.IsConfigured ? $"{d.Role}/{d.PeerRole}" : "",
                d.IsConfigured ? $"{d.Disk}/{d.PeerDisk}" : "",
                s is null ? "" : $"{s.Percent.ToString("0.0", C)}%" + (s.IsVerify ? " verify" : ""),
                Units.Kibibytes(s?.RemainingKiB ?? (d.Counters.OutOfSyncKiB is > 0 and var oos ? oos : null)),
                Units.Speed(s?.SpeedKiBps) + (s?.WantKiBps is { } want ? $" (want {Units.Speed(want)})" : ""),
                s?.Finish is { } f ? DurationText.Compact(f) + (s.Stalled ? " [red](stalled)[/]" : "") : "",
            };
            if (estimates)
            {
                cells.Add(Units.Speed(r.Estimate.SmoothedSpeedKiBps));
                cells.Add(Eta(r.Estimate));
            }
            cells.Add(Health(r.Health));
            table.AddRow(cells.ToArray());
        }
        return table;
    }

    private static Table Timeline(IReadOnlyList<DrbdReplayRow> rows)
    {
        var table = new Table().Border(TableBorder.Simple).Title("Resync timeline (DRBD's figures next to ours)");
        foreach (var h in new[] { "Time", "Node", "Minor", "Progress", "Remaining", "DRBD speed", "Speed now", "Smoothed", "DRBD finish", "Our ETA", "" })
        {
            table.AddColumn(new TableColumn(h).NoWrap());
        }
        foreach (var r in rows)
        {
            var e = r.Estimate;
            var flags = string.Join(' ', new[] { e.Paused ? "paused" : null, e.Stalled ? "[red]stalled[/]" : null, e.Disagrees ? "[yellow]disagree[/]" : null }.OfType<string>());
            table.AddRow(Time(e.Time), PrintText.Esc(r.Node), r.Minor.ToString(C), e.Percent is { } p ? $"{p.ToString("0.0", C)}%" : "",
                Units.Kibibytes(e.RemainingKiB), Units.Speed(e.DrbdSpeedKiBps), Units.Speed(e.CurrentSpeedKiBps), Units.Speed(e.SmoothedSpeedKiBps),
                e.DrbdFinish is { } f ? DurationText.Compact(f) : "", Eta(e), flags);
        }
        return table;
    }

    private static string Eta(ResyncEstimate e) => e.Eta is { } eta ? DurationText.Compact(eta) : e.Active && e.CurrentSpeedKiBps is null ? "[grey]…[/]" : "";

    private static string Health(DrbdHealth h)
    {
        var colour = h switch
        {
            DrbdHealth.Healthy => "green",
            DrbdHealth.Syncing or DrbdHealth.PausedSync or DrbdHealth.Verifying or DrbdHealth.Connecting => "yellow",
            DrbdHealth.Unconfigured or DrbdHealth.Unknown or DrbdHealth.Inactive => "grey",
            _ => "red",
        };
        return $"[{colour}]{h}[/]";
    }



    private static string Time(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", C);

}

using System.Text.RegularExpressions;
using P = GntTui.Engine.Drbd.ProcDrbdPatterns;

namespace GntTui.Engine.Drbd;

/// <summary>The two progress lines of a syncing minor: <c>sync'ed:</c>/<c>verified:</c> and <c>finish: … speed: …</c>.</summary>
internal static class ProcDrbdSyncReader
{
    public static DrbdSyncProgress? Read(ConsumedText text, DrbdConnectionState state, List<string> notes)
    {
        var progress = text.Take(P.Progress());
        var finish = text.Take(P.Finish());
        var speed = text.Take(P.Speed());
        var want = text.Take(P.Want());
        var unit = text.Take(P.SpeedUnit());
        var stalled = text.Take(P.Stalled());
        var queueDelay = text.Take(P.QueueDelay());

        if (progress is null)
        {
            if (finish is not null || speed is not null)
            {
                notes.Add("finish:/speed: without a sync'ed: line; ignored");
            }
            // Just entered: DRBD prints the progress lines a moment later.
            return DrbdDevice.IsResyncState(state)
                ? DrbdSyncProgress.NotYetReported(state is DrbdConnectionState.VerifyS or DrbdConnectionState.VerifyT)
                : null;
        }

        var (remaining, total, rounded) = Sizes(progress, notes);
        var percent = DrbdNumbers.Double(progress.Groups["pct"].Value) ?? 0;
        if (percent > 100)
        {
            notes.Add($"sync percentage {percent} over 100");
        }
        if (speed is not null && unit is null)
        {
            notes.Add("speed without K/sec; assumed KiB/s");
        }

        return new DrbdSyncProgress(percent, remaining, total)
        {
            IsVerify = progress.Groups["kind"].Value == "verified",
            RoundedToMiB = rounded,
            Finish = finish is null ? null : Duration(finish, notes),
            SpeedKiBps = speed is null ? null : DrbdNumbers.Long(speed.Groups["cur"].Value),
            AverageSpeedKiBps = speed is null ? null : Average(speed),
            WantKiBps = want is null ? null : DrbdNumbers.Long(want.Groups["want"].Value),
            Stalled = stalled is not null,
            QueueDelayMs = queueDelay is null ? null : DrbdNumbers.Double(queueDelay.Groups["ms"].Value),
        };
    }

    private static (long? Remaining, long? Total, bool Rounded) Sizes(Match progress, List<string> notes)
    {
        var remaining = DrbdNumbers.Long(progress.Groups["left"].Value);
        var total = DrbdNumbers.Long(progress.Groups["total"].Value);
        if (remaining is null || total is null)
        {
            notes.Add($"unreadable sync sizes '{DrbdStateNames.Clip(progress.Value)}'");
        }
        var rounded = false;
        switch (progress.Groups["unit"].Value)
        {
            case "K":
                break;
            case "M":
                // The kernel switches to MiB once the total passes 4 GiB.
                remaining = DrbdNumbers.MiBToKiB(remaining);
                total = DrbdNumbers.MiBToKiB(total);
                rounded = true;
                break;
            case "":
                notes.Add("sync sizes without a unit; assumed KiB");
                break;
            default:
                notes.Add($"unexpected sync size unit '{progress.Groups["unit"].Value}'; sizes ignored");
                remaining = total = null;
                break;
        }
        if (remaining > total)
        {
            notes.Add("remaining exceeds total in sync'ed: line");
        }
        return (remaining, total, rounded);
    }

    private static TimeSpan? Duration(Match finish, List<string> notes)
    {
        var hours = DrbdNumbers.Int(finish.Groups["h"].Value);
        var minutes = DrbdNumbers.Int(finish.Groups["m"].Value);
        var seconds = DrbdNumbers.Int(finish.Groups["s"].Value);
        if (hours is null || minutes is null || seconds is null || minutes > 59 || seconds > 59)
        {
            notes.Add($"odd finish time '{DrbdStateNames.Clip(finish.Value)}'");
            if (hours is null || minutes is null || seconds is null)
            {
                return null;
            }
        }
        // Seven digits of hours stay far inside TimeSpan's range.
        return new TimeSpan(hours.Value, minutes.Value, seconds.Value);
    }

    private static long? Average(Match speed)
    {
        var detailed = speed.Groups["b"];
        return DrbdNumbers.Long(detailed.Success ? detailed.Value : speed.Groups["a"].Value);
    }
}

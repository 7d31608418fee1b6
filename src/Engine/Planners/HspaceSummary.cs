namespace GntTui.Engine.Planners;

/// <summary>
/// What <c>hspace</c> says about room (Program/Hspace.hs): how many more instances of the standard
/// (fixed-size) spec fit, and the most likely reason the next one does not (Ganeti's FailMem,
/// FailDisk, FailCPU, FailN1 …).
/// </summary>
public sealed record HspaceSummary(int Nodes, int Instances, HspaceSpec? Standard, int? StandardAllocated, string? StandardFailure, IReadOnlyList<string> Warnings)
{
    /// <summary>The failure reason in words ("memory" for FailMem).</summary>
    public string? LimitedBy => StandardFailure switch
    {
        null => null,
        "FailMem" => "memory",
        "FailDisk" => "disk",
        "FailCPU" => "CPU",
        "FailN1" => "N+1 redundancy",
        "FailTags" => "exclusion tags",
        "FailMig" => "migration",
        "FailDiskCount" => "disk count",
        "FailSpindles" => "spindles",
        "FailInternal" => "an internal error",
        var other => other,
    };

    /// <summary>The one line: "room for 11 more instances of 128 MiB RAM, 1 GiB disk, 1 vCPU, file (the standard spec), limited by CPU".</summary>
    public string Line => StandardAllocated is { } n && Standard is { } spec
        ? $"room for {n} more instance{(n == 1 ? "" : "s")} of {spec} (the standard spec){(LimitedBy is { } why ? ", limited by " + why : "")}"
        : "hspace gave no standard-spec allocation";

    /// <summary>The line in a footer's room: "room for 11 more std instances (128M/1G/1cpu), limited by CPU".</summary>
    public string ShortLine => StandardAllocated is { } n && Standard is { } spec
        ? $"room for {n} more std instance{(n == 1 ? "" : "s")} ({spec.MemoryMiB}M/{(spec.DiskMiB / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}G/{spec.Cpus}cpu){(LimitedBy is { } why ? ", limited by " + why : "")}"
        : "hspace gave no standard-spec allocation";
}
